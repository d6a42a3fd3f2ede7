namespace InternalTthc.Core.Calendar;

/// <summary>
/// Configuration of the working-time calendar, bound from the "Calendar" section. Everything has a
/// default, so an empty section gives the civil-servant calendar with 07:30–11:30 and 13:00–17:00.
/// </summary>
public sealed record CalendarOptions
{
    public const string SectionName = "Calendar";

    public DayEnd DueAt { get; init; } = DayEnd.OfficeClose;

    /// <summary>Hours of jurisdictions not listed in <see cref="Jurisdictions"/>; empty means <see cref="OfficeHours.Standard"/>.</summary>
    public IReadOnlyList<OfficeHoursVariant> DefaultHours { get; init; } = [];

    /// <summary>Office hours by jurisdiction code (e.g. "thua-thien-hue"), compared without regard to case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OfficeHoursVariant>> Jurisdictions { get; init; } =
        new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>();

    /// <summary>
    /// Office hours the catalog files give their jurisdictions (not bound from settings): below <see cref="Jurisdictions"/>,
    /// replaced on a catalog reload (<see cref="OfficeHours.UseCatalogHours"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OfficeHoursVariant>> CatalogHours { get; init; } =
        new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>();

    /// <summary>Days off not (yet) in law or in a notice, e.g. 24/11 Ngày Văn hóa Việt Nam; they win over the schedule.</summary>
    public IReadOnlyList<ConfiguredDay> ExtraDaysOff { get; init; } = [];

    /// <summary>Days that become working days (an announced make-up Saturday, a cancelled day off).</summary>
    public IReadOnlyList<ConfiguredDay> ExtraWorkingDays { get; init; } = [];

    /// <summary>Optional folder of YYYY.json schedule files read after the built-in ones and winning by year.</summary>
    public string? ScheduleDirectory { get; init; }
}
