namespace InternalTthc.Core.Reports;

/// <summary>Whose cases a dashboard counts: a jurisdiction's (a leader's view), or those its executing units handle (an agent's).</summary>
public sealed record DashboardScope(string JurisdictionCode, IReadOnlyList<Guid> ExecutingUnits)
{
    public bool WholeJurisdiction => ExecutingUnits.Count == 0;
}
