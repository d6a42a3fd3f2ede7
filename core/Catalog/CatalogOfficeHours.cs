using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// A jurisdiction's office hours: its own sessions with their source, or an explicit choice of the
/// service's default hours (Calendar:DefaultHours) with the reason. A file must say one or the other:
/// no province silently gets hours nobody decided for it.
/// </summary>
public sealed record CatalogOfficeHours
{
    public IReadOnlyList<OfficeHoursVariant> Variants { get; init; } = [];

    /// <summary>Use the service's default hours; <see cref="Reason"/> says why (e.g. the source states none).</summary>
    public bool Inherit { get; init; }

    public string? Reason { get; init; }
}
