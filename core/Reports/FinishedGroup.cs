namespace InternalTthc.Core.Reports;

/// <summary>Cases finished in a period with the same handling unit, procedure, month and timeliness: how many, and their working minutes.</summary>
public sealed record FinishedGroup(Guid ExecutingUnitId, string ProcedureCode, int Year, int Month, CaseTimeliness? Timeliness, int Count, long HandlingMinutes, int Timed);
