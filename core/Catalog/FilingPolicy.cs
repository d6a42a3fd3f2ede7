using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>Who may file the procedure, and for which units: by level, by kind, with exclusions.</summary>
public sealed record FilingPolicy
{
    public required Filer Who { get; init; }

    /// <summary>Unit levels allowed to file (empty: any). Values are directory unit levels.</summary>
    public IReadOnlyList<UnitLevel> UnitLevels { get; init; } = [];

    /// <summary>Kinds of unit allowed to file (empty: any).</summary>
    public IReadOnlyList<UnitKind> UnitKinds { get; init; } = [];

    /// <summary>Kinds of unit that may not file ("không áp dụng cho cơ sở giáo dục, cơ sở y tế").</summary>
    public IReadOnlyList<UnitKind> ExcludedUnitKinds { get; init; } = [];

    /// <summary>Where an exclusion or restriction comes from, when the source says so.</summary>
    public string? Source { get; init; }

    public bool Admits(UnitLevel level, UnitKind kind) => (UnitLevels.Count == 0 || UnitLevels.Contains(level)) && AdmitsKind(kind);

    public bool AdmitsKind(UnitKind kind) => (UnitKinds.Count == 0 || UnitKinds.Contains(kind)) && !ExcludedUnitKinds.Contains(kind);
}
