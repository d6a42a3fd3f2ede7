namespace InternalTthc.Load;

/// <summary>A scenario's own check beyond its figures (the send rate kept, committed cases equal to acknowledged ones), as printed.</summary>
public sealed record ScenarioVerdict(bool Met, string Line);
