using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Hosting;

/// <summary>How long the service keeps what it needs only for a while (section "Retention"); cases are administrative records and stay.</summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Purge once a day in this process (several instances may; the deletes are idempotent).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>An unfinished form untouched this long is forgotten.</summary>
    public TimeSpan Drafts { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Web Chat messages and cards older than this leave the Direct Line log (the cases keep what was filed).</summary>
    public TimeSpan DirectLineLog { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Ids of processed activities and spent stream tokens: only a channel's redelivery window needs them.</summary>
    public TimeSpan Ledger { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan Interval { get; init; } = TimeSpan.FromDays(1);

    public RetentionCutoffs Before(DateTimeOffset now) => new(now - Drafts, now - DirectLineLog, now - Ledger);
}
