using System.Collections.Immutable;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// How serious a reported incident is, first matching row wins:
/// "public-facing defacement or data loss/leak or spreading -> high ("nghiêm trọng"); service down
/// -> high; malware on one machine -> medium; otherwise low." A defacement is public-facing by
/// nature (a page people see); malware that spreads is caught by the spreading row first.
/// </summary>
public static class SeverityRules
{
    public static ImmutableArray<SeverityRule> All { get; } =
    [
        new(IncidentFields.Defacement, null, IncidentSeverity.High, "Defacement"),
        new(IncidentFields.DataLoss, null, IncidentSeverity.High, "DataLoss"),
        new(IncidentFields.Spreading, null, IncidentSeverity.High, "Spreading"),
        new(IncidentFields.ServiceDown, null, IncidentSeverity.High, "ServiceDown"),
        new(null, IncidentKind.Malware, IncidentSeverity.Medium, "Malware"),
        new(null, null, IncidentSeverity.Low, "Otherwise"),
    ];

    public static SeverityRule Classify(IncidentKind kind, IReadOnlyCollection<string> signs) => All.First(rule => rule.Applies(kind, signs));
}
