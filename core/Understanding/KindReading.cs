using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// What a message is, before anyone's catalog is looked at (<see cref="KindReader"/>): its kind and how
/// sure that is, the model's scores (empty when a reader decided), and what the readers found.
/// </summary>
public sealed record KindReading
{
    public required UtteranceKind Kind { get; init; }
    public required ConfidenceBand Band { get; init; }
    public IReadOnlyList<KindScore> Scores { get; init; } = [];

    /// <summary>
    /// For the middle band: the kinds worth offering ("Ý bạn là …?"), most likely first, never <see cref="UtteranceKind.Other"/>;
    /// the first <see cref="KindReader.MaxChoices"/> that the person's catalog can serve are offered.
    /// </summary>
    public IReadOnlyList<UtteranceKind> Choices { get; init; } = [];

    /// <summary>A case code found in the text (upper case).</summary>
    public string? CaseCode { get; init; }

    /// <summary>The words typed after a search command, as typed.</summary>
    public string? SearchText { get; init; }

    /// <summary>For <see cref="UtteranceKind.Facts"/>: the kind of request asked about, and what is asked.</summary>
    public UtteranceKind? About { get; init; }

    public InfoTopic? Topic { get; init; }

    /// <summary>The kinds of request, most likely first (for the nearest procedures).</summary>
    public IEnumerable<Catalog.RequestKind> Requests =>
        Scores.Select(s => UtteranceKinds.AsRequest(s.Kind)).OfType<Catalog.RequestKind>();
}
