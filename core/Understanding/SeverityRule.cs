namespace InternalTthc.Core.Understanding;

/// <summary>
/// One row of <see cref="SeverityRules"/>: it applies when the sign is shown (if set) and the kind matches (if set).
/// <see cref="Reason"/> names the row; <see cref="UnderstandingLabels"/> gives it in words.
/// </summary>
public sealed record SeverityRule(string? Sign, IncidentKind? Kind, IncidentSeverity Severity, string Reason)
{
    public bool Applies(IncidentKind kind, IReadOnlyCollection<string> signs) =>
        (Sign is null || signs.Contains(Sign)) && (Kind is null || Kind == kind);
}
