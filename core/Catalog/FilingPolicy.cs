using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>Who may file the procedure, and for which kinds of unit.</summary>
public sealed record FilingPolicy
{
    public required Filer Who { get; init; }

    /// <summary>Unit levels allowed to file (empty: any). Values are directory unit levels.</summary>
    public IReadOnlyList<UnitLevel> UnitLevels { get; init; } = [];
}
