namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// One labelled message of the corpus (core/Understanding/Corpus). For <see cref="UtteranceKind.Facts"/>,
/// <see cref="About"/> is the kind of procedure asked about and <see cref="Topic"/> what is asked.
/// </summary>
public sealed record CorpusRow(UtteranceKind Kind, string Text, bool Hard = false, UtteranceKind? About = null, InfoTopic? Topic = null);
