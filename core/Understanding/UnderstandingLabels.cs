using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>Labels of the understanding values for people, in Vietnamese and English (from UnderstandingTexts.resx).</summary>
public static class UnderstandingLabels
{
    public static string Vietnamese(IncidentKind kind) => UnderstandingText.Vietnamese($"Kind.{kind}");

    public static string English(IncidentKind kind) => UnderstandingText.English($"Kind.{kind}");

    public static string Vietnamese(IncidentSeverity severity) => UnderstandingText.Vietnamese($"Severity.{severity}");

    public static string English(IncidentSeverity severity) => UnderstandingText.English($"Severity.{severity}");

    /// <summary>Why a severity was given ("mất hoặc lộ lọt dữ liệu").</summary>
    public static string Vietnamese(SeverityRule rule) => UnderstandingText.Vietnamese($"SeverityReason.{rule.Reason}");

    public static string English(SeverityRule rule) => UnderstandingText.English($"SeverityReason.{rule.Reason}");

    /// <summary>A kind of request in words, for "… không có thủ tục …".</summary>
    public static string Vietnamese(RequestKind kind) => UnderstandingText.Vietnamese($"Request.{kind}");

    public static string English(RequestKind kind) => UnderstandingText.English($"Request.{kind}");

    /// <summary>What a person may type for a kind of request; Vietnamese, since that is what the bot reads.</summary>
    public static string Example(RequestKind kind) => UnderstandingText.Vietnamese($"Example.{kind}");

    public static string Vietnamese(InfoTopic topic) => UnderstandingText.Vietnamese($"Topic.{topic}");

    public static string English(InfoTopic topic) => UnderstandingText.English($"Topic.{topic}");
}
