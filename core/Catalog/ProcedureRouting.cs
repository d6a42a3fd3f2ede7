using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// Which directory units act on the procedure's cases: agents of the executing unit handle them,
/// the deciding unit's authority decides. A unit is named by an agency code of the catalog file,
/// or by <see cref="RequesterParent"/> for the requesting unit's parent (a district for its communes). A source
/// that names no deciding authority leaves <see cref="DecidingUnit"/> out: nobody approves and nobody is invented.
/// </summary>
public sealed record ProcedureRouting
{
    public const string RequesterParent = "@parent";

    public required string ExecutingUnit { get; init; }
    public string? DecidingUnit { get; init; }

    /// <summary>A form field of type unit whose answer names the executing unit (a question to one agency).</summary>
    public string? ExecutingUnitField { get; init; }

    /// <summary>Different units for requesters of some levels (communes assessed by their district).</summary>
    public IReadOnlyList<RoutingOverride> Overrides { get; init; } = [];

    public (string Executing, string? Deciding) For(UnitLevel requesterLevel)
    {
        var o = Overrides.FirstOrDefault(x => x.UnitLevel == requesterLevel);
        return o is null ? (ExecutingUnit, DecidingUnit) : (o.ExecutingUnit, o.DecidingUnit);
    }
}
