using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// A procedure on a day: whether it is offered, since when, why not (the recorded note, or the jurisdiction it merged
/// into), and the routing and filing levels that replace the published ones when it was adapted.
/// </summary>
public sealed record ProcedureState(ProcedureStanding Standing, DateOnly? Since = null, string? Note = null)
{
    public static ProcedureState InForce { get; } = new(ProcedureStanding.InForce);

    public bool IsOffered => Standing is ProcedureStanding.InForce or ProcedureStanding.Adapted;

    /// <summary>The jurisdiction (current name) it merged into, when that is why the procedure is no longer offered.</summary>
    public string? MergedInto { get; init; }

    public ProcedureRouting? Routing { get; init; }

    public IReadOnlyList<UnitLevel>? UnitLevels { get; init; }
}
