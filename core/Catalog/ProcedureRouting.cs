namespace InternalTthc.Core.Catalog;

/// <summary>
/// Which directory units act on the procedure's cases: agents of the executing unit handle them,
/// the deciding unit's authority approves. Codes name agencies declared in the catalog file.
/// </summary>
public sealed record ProcedureRouting(string ExecutingUnit, string DecidingUnit);
