namespace InternalTthc.Core.Calendar;

/// <summary>
/// Office sessions a jurisdiction uses between two dates, optionally only in a season of the year
/// (e.g. Nghệ An: summer 16/4–15/10, winter 16/10–15/4). Among the variants that apply to a day, the
/// one with the latest <see cref="EffectiveFrom"/> wins, a seasonal one before an all-year one.
/// </summary>
public sealed record OfficeHoursVariant
{
    /// <summary>First day the decision applies (null: since always).</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day the decision applies (null: still in force).</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>First day of the season as "d/m", e.g. "16/4"; with <see cref="SeasonTo"/>, or neither.</summary>
    public string? SeasonFrom { get; init; }

    /// <summary>Last day of the season as "d/m"; a season may wrap the new year ("16/10" to "15/4").</summary>
    public string? SeasonTo { get; init; }

    public IReadOnlyList<OfficeSession> Sessions { get; init; } = [];

    /// <summary>Where the hours come from, e.g. "QĐ 2022/QĐ-UBND ngày 22/08/2022".</summary>
    public string? Source { get; init; }
}
