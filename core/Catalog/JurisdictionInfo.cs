namespace InternalTthc.Core.Catalog;

/// <summary>A province or centrally-run city whose procedures a catalog file publishes.</summary>
public sealed record JurisdictionInfo
{
    /// <summary>Stable code, e.g. "lai-chau".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Prefix of case codes, e.g. "LCH" gives "LCH-2026-00042".</summary>
    public required string CasePrefix { get; init; }

    public JurisdictionPolicy Policy { get; init; } = new();
}
