using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// What a message asks for, in the person's jurisdiction. In order: a case code is a look-up;
/// a message that is only a command is that command; otherwise the topic words of an information
/// question are set aside and the rest is scored against the jurisdiction's procedures
/// (<see cref="ProcedureScorer"/>); a message that only starts with a command and names no
/// procedure is still that command.
/// </summary>
public sealed class IntentRecognizer
{
    /// <summary>Below this a match is chance (about one keyword word shared by many procedures).</summary>
    public const double MinScore = 1.2;

    /// <summary>A runner-up within this share of the best makes the message ambiguous.</summary>
    public const double CloseRatio = 0.75;

    private readonly ProcedureIndex _index;
    private readonly TypoCorrector _typos;

    public IntentRecognizer(ProcedureCatalog catalog)
    {
        _index = new ProcedureIndex(catalog);
        var targets = _index.RawWords.Concat(CommandReader.RawWords).Concat(TopicReader.RawWords)
            .Concat(ShortForms.All.SelectMany(s => Canonicalizer.Words(s.From).Concat(Canonicalizer.Words(s.To))).SelectMany(w => w.Split('_')));
        _typos = new TypoCorrector(targets, _index.KnownWords);
    }

    public Recognition Recognize(string text, string jurisdictionCode)
    {
        if (CommandReader.FindCaseCode(text) is { } code)
        {
            return Recognition.ForCommand(CommandKind.LookUp, code);
        }
        var tokens = _typos.Correct(Tokenizer.Split(text));
        var words = Fillers.Remove(Canonicalizer.Words(tokens));
        if (words.Count == 0)
        {
            return Recognition.Unknown();
        }
        if (CommandReader.Whole(words) is { } command)
        {
            return Recognition.ForCommand(command);
        }
        if (CommandReader.AsksForPerson(words))
        {
            return Recognition.ForCommand(CommandKind.Human);
        }
        var spoken = CommandReader.WithoutGreeting(words);
        if (CommandReader.TakingWords(spoken) is { } search)
        {
            // The words after a search command are what to look for, not a procedure to start.
            var sought = CommandReader.After(text, tokens, words.Count - spoken.Count + search.Length);
            return Recognition.ForCommand(search.Kind) with { SearchText = sought.Length > 0 ? sought : null };
        }
        var (topic, rest) = TopicReader.Read(spoken);
        var procedures = _index.For(jurisdictionCode);
        var ranked = ProcedureScorer.Score(rest, procedures);
        if (ranked.Count == 0 || ranked[0].Score < MinScore)
        {
            ranked = ProcedureScorer.Mentioning(rest, procedures);
        }
        if (ranked.Count == 0)
        {
            return topic is null && CommandReader.Leading(words) is { } leading ? Recognition.ForCommand(leading) : Recognition.Unknown(topic);
        }
        // Close runners-up make it ambiguous, unless the best explains all their words and more; one that
        // explains exactly the same words is close whatever its score (only keyword completeness differs).
        var best = ranked[0];
        var close = ranked.Where(m => m == best || m.MatchedWords.SetEquals(best.MatchedWords)
            || (m.Score >= best.Score * CloseRatio && !best.Dominates(m))).ToList();
        if (close.Count > 1)
        {
            return new Recognition { Kind = RecognitionKind.Ambiguous, Candidates = close, Topic = topic };
        }
        return new Recognition
        {
            Kind = topic is null ? RecognitionKind.Procedure : RecognitionKind.InfoQuestion,
            Match = best,
            Candidates = ranked,
            Topic = topic,
        };
    }
}
