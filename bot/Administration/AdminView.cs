using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Administration;

/// <summary>Everything the administrator page shows one administrator.</summary>
public sealed record AdminView(
    Person Administrator,
    IReadOnlySet<string> Jurisdictions,
    (string Field, string Token) Antiforgery,
    AdminPageResult? Result,
    IReadOnlyList<(ChannelAccount Account, Person? Person)> Accounts,
    IReadOnlyList<CalendarAdjustment> Days,
    (int Procedures, int Jurisdictions, DateTimeOffset LoadedAt) Catalog);
