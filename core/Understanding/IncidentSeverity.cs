namespace InternalTthc.Core.Understanding;

/// <summary>How urgent an incident is (<see cref="SeverityRules"/>); labels "thấp", "trung bình", "nghiêm trọng".</summary>
public enum IncidentSeverity
{
    Low,
    Medium,
    High,
}
