namespace InternalTthc.Core.Catalog;

/// <summary>
/// A check of an answer that may depend on other answers: when <see cref="When"/> holds (always, when null), the
/// answer must match <see cref="Pattern"/> and equal one of <see cref="Templates"/> as rendered from the other
/// answers, e.g. a personal address "{fullName|given}{fullName|initials}{citizenIdLast4|last3}@bacninh.gov.vn".
/// </summary>
public sealed record AnswerRule
{
    public FieldCondition? When { get; init; }

    /// <summary>A regular expression the whole answer must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Accepted answers built from other answers (<see cref="AnswerTemplate"/>); any one of them will do.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>The Vietnamese message shown when the answer breaks the rule; it should say what is expected and where the rule comes from.</summary>
    public required string Error { get; init; }
}
