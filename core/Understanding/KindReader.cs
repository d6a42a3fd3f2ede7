using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Reads what kind of message a text is, the same in every province. Dedicated readers come first and
/// are never guessed: a case code is a look-up, a message that is exactly a command is that command,
/// "tìm câu hỏi …" searches with the words after it. Anything else is the <see cref="KindModel"/>'s,
/// with its confidence band; a question about a procedure's facts also gets the topic asked
/// (<see cref="TopicReader"/>) and the kind of procedure it is about (the model again, without the topic's words).
/// </summary>
public sealed class KindReader(KindModel model)
{
    /// <summary>A kind below this probability is not worth a button in the middle band.</summary>
    public const double ChoiceFloor = 0.08;

    public const int MaxChoices = 3;

    public KindModel Model => model;

    public KindReading Read(string text)
    {
        if (CommandReader.FindCaseCode(text) is { } code)
        {
            return new KindReading { Kind = UtteranceKind.LookUp, Band = ConfidenceBand.High, CaseCode = code };
        }
        var tokens = Tokenizer.Split(text);
        var words = Fillers.Remove(Canonicalizer.Words(tokens));
        if (CommandReader.Whole(words) is { } command)
        {
            return new KindReading { Kind = UtteranceKinds.Of(command), Band = ConfidenceBand.High };
        }
        var spoken = CommandReader.WithoutGreeting(words);
        if (CommandReader.TakingWords(spoken) is { } search)
        {
            var sought = CommandReader.After(text, tokens, words.Count - spoken.Count + search.Length);
            return new KindReading { Kind = UtteranceKind.SearchAnswers, Band = ConfidenceBand.High, SearchText = sought.Length > 0 ? sought : null };
        }
        if (words.Count == 0 && !tokens.Any(t => t.IsWord))
        {
            return new KindReading { Kind = UtteranceKind.Other, Band = ConfidenceBand.Low };
        }

        var scores = model.Predict(text);
        var top = scores[0];
        var reading = new KindReading
        {
            Kind = top.Kind,
            Band = model.Thresholds.BandOf(top.Probability),
            Scores = scores,
            Choices = [.. scores.Where(s => s.Kind != UtteranceKind.Other && s.Probability >= ChoiceFloor).Select(s => s.Kind)],
            SearchText = top.Kind == UtteranceKind.SearchAnswers ? text.Trim() : null,
        };
        return top.Kind == UtteranceKind.Facts || reading.Choices.Contains(UtteranceKind.Facts) ? WithFacts(reading, words) : reading;
    }

    /// <summary>
    /// The topic asked, and the kind of request asked about: the one both the whole text and the text
    /// without the topic's words find most likely (the product of the two).
    /// </summary>
    private KindReading WithFacts(KindReading reading, IReadOnlyList<string> words)
    {
        var (topic, rest) = TopicReader.Read(words);
        var alone = model.Predict(string.Join(' ', rest).Replace('_', ' ')).ToDictionary(s => s.Kind, s => s.Probability);
        var about = reading.Scores.Where(s => UtteranceKinds.AsRequest(s.Kind) is not null)
            .MaxBy(s => s.Probability * alone[s.Kind])?.Kind;
        return reading with { Topic = topic, About = about };
    }
}
