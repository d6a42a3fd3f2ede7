namespace InternalTthc.Core.Reports;

/// <summary>
/// The period (days of Vietnam, both included) and the optional unit and procedure a dashboard is drawn for. The unit
/// is the one that filed the cases or the one that handles them.
/// </summary>
public sealed record DashboardFilter(DashboardScope Scope, DateOnly From, DateOnly To, Guid? UnitId = null, string? ProcedureCode = null);
