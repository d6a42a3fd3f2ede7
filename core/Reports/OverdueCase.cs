namespace InternalTthc.Core.Reports;

/// <summary>An open case past its running deadline.</summary>
public sealed record OverdueCase(string Code, string JurisdictionCode, string ProcedureCode, Guid UnitId, Guid ExecutingUnitId, DateTimeOffset Due);
