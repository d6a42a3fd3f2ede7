using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// What a message asks for in the person's jurisdiction. The <see cref="KindReader"/> says what kind of
/// message it is and how sure that is; the catalog says which procedures serve that kind
/// (<see cref="Procedure.Kinds"/>). High confidence acts: one procedure starts (with its sub-case when
/// the words tell), several are offered, none means the province does not offer it and the closest it
/// has are offered. The middle band offers the likely kinds; low confidence and out-of-scope text offer
/// the nearest procedures. Nothing here names a procedure: a new province's file is understood as it is.
/// </summary>
public sealed class IntentRecognizer(ProcedureCatalog catalog, KindModel model)
{
    /// <summary>"Ý bạn là …?" offers at least this many buttons when the catalog has them.</summary>
    private const int MinChoices = 2;

    private readonly KindReader _reader = new(model);
    private readonly ProcedureNames _names = new(catalog);

    /// <summary>With the model shipped in the assembly.</summary>
    public IntentRecognizer(ProcedureCatalog catalog) : this(catalog, KindModel.Shipped)
    {
    }

    public Recognition Recognize(string text, string jurisdictionCode)
    {
        var reading = _reader.Read(text);
        var offered = catalog.ForJurisdiction(jurisdictionCode).ToList();
        var words = Fillers.Remove(Canonicalizer.Words(text));
        // A procedure's own name, typed as the menu shows it, is that procedure whatever the model reads.
        var folded = Text.VietnameseText.Fold(text.Trim().TrimEnd('.', '!', '?'));
        var named = _names.Find(jurisdictionCode, folded);
        var recognition = named is not null ? new Recognition { Kind = RecognitionKind.Procedure, Match = new ProcedureMatch(named, null) } : reading.Band switch
        {
            // A person asked for anywhere in the message wins over the procedure the sentence also names.
            _ when CommandReader.AsksForPerson(words) => new Recognition { Kind = RecognitionKind.Command, Command = CommandKind.Human },
            ConfidenceBand.High when reading.Kind == UtteranceKind.Other => Unknown(reading, offered, words),
            ConfidenceBand.High when UtteranceKinds.AsCommand(reading.Kind) is { } command => new Recognition
            {
                Kind = RecognitionKind.Command, Command = command, CaseCode = reading.CaseCode, SearchText = reading.SearchText,
            },
            ConfidenceBand.High when reading.Kind == UtteranceKind.Facts && reading.About is { } about => Facts(reading, about, offered, words),
            ConfidenceBand.High when UtteranceKinds.AsRequest(reading.Kind) is { } request => Request(request, offered, words),
            ConfidenceBand.Middle when reading.Kind != UtteranceKind.Other => Choose(reading, offered, words, text),
            _ => Unknown(reading, offered, words),
        };
        return recognition with { Reading = reading };
    }

    /// <summary>The command a whole message is, by its exact words only (an answer in a form is never guessed to be a command).</summary>
    public static CommandKind? ReadCommand(string text) => CommandReader.Whole(Fillers.Remove(Canonicalizer.Words(text)));

    private static Recognition Request(RequestKind kind, List<Procedure> offered, IReadOnlyList<string> words)
    {
        var serving = Serving(kind, offered, words);
        return serving.Count switch
        {
            0 => new Recognition { Kind = RecognitionKind.NotOffered, Missing = kind, Choices = Closest(kind, offered, words) },
            1 => new Recognition { Kind = RecognitionKind.Procedure, Match = serving[0] },
            _ => new Recognition { Kind = RecognitionKind.Ambiguous, Choices = [.. serving.Select(m => new Suggestion(UtteranceKinds.Of(kind), m))] },
        };
    }

    private static Recognition Facts(KindReading reading, UtteranceKind about, List<Procedure> offered, IReadOnlyList<string> words)
    {
        var kind = UtteranceKinds.AsRequest(about)!.Value;
        var serving = Serving(kind, offered, words);
        return serving.Count switch
        {
            0 => new Recognition { Kind = RecognitionKind.NotOffered, Missing = kind, Topic = reading.Topic, Choices = Closest(kind, offered, words) },
            1 => new Recognition { Kind = RecognitionKind.InfoQuestion, Match = serving[0], Topic = reading.Topic },
            _ => new Recognition { Kind = RecognitionKind.Ambiguous, Topic = reading.Topic, Choices = [.. serving.Select(m => new Suggestion(UtteranceKind.Facts, m))] },
        };
    }

    /// <summary>"Ý bạn là …?": each likely kind as the procedures serving it, or as its command.</summary>
    private static Recognition Choose(KindReading reading, List<Procedure> offered, IReadOnlyList<string> words, string text)
    {
        var likely = reading.Choices.SelectMany(kind => kind switch
        {
            UtteranceKind.Facts when reading.About is { } about => Serving(UtteranceKinds.AsRequest(about)!.Value, offered, words).Select(m => new Suggestion(kind, m)),
            _ when UtteranceKinds.AsRequest(kind) is { } request => Serving(request, offered, words).Select(m => new Suggestion(kind, m)),
            _ when UtteranceKinds.AsCommand(kind) is { } command && Suggestion.IsOfferable(command) => [new Suggestion(kind) { SearchText = text.Trim() }],
            _ => [],
        }).DistinctBy(Key).Take(KindReader.MaxChoices).ToList();
        if (likely.Count == 0)
        {
            return Unknown(reading, offered, words);
        }
        // Two buttons at least when the catalog has them: procedures of the kinds next to the likely ones fill in.
        var next = reading.Choices.Select(UtteranceKinds.AsRequest).OfType<RequestKind>().SelectMany(KindNeighbours.Of);
        var choices = likely.Count >= MinChoices ? likely : [.. likely.Concat(Nearest(next, offered, words)).DistinctBy(Key).Take(MinChoices)];
        return new Recognition { Kind = RecognitionKind.Ambiguous, Band = ConfidenceBand.Middle, Choices = choices, Topic = reading.Topic };
    }

    private static string Key(Suggestion s) => s.Procedure is { } m ? $"{m.Procedure.Code}/{m.SubCase?.Code}" : s.Kind.ToString();

    /// <summary>Not understood: the nearest procedures are offered, unless the words are surely out of scope ("cảm ơn").</summary>
    private static Recognition Unknown(KindReading reading, List<Procedure> offered, IReadOnlyList<string> words) => new()
    {
        Kind = RecognitionKind.Unknown,
        Band = reading.Band,
        Choices = reading is { Kind: UtteranceKind.Other, Band: ConfidenceBand.High } ? [] : Nearest(reading.Requests, offered, words),
    };

    /// <summary>The offered procedures serving the neighbours of a missing kind; the nearest by the model when none does.</summary>
    private static IReadOnlyList<Suggestion> Closest(RequestKind missing, List<Procedure> offered, IReadOnlyList<string> words)
    {
        var closest = Nearest(KindNeighbours.Of(missing), offered, words);
        return closest.Count > 0 ? closest : Nearest(Enum.GetValues<RequestKind>(), offered, words);
    }

    /// <summary>Up to three offered procedures, in the order of the kinds given, each procedure once.</summary>
    private static IReadOnlyList<Suggestion> Nearest(IEnumerable<RequestKind> kinds, List<Procedure> offered, IReadOnlyList<string> words) =>
        [.. kinds.SelectMany(k => Serving(k, offered, words).Select(m => new Suggestion(UtteranceKinds.Of(k), m)))
            .DistinctBy(s => s.Procedure!.Procedure.Code).Take(KindReader.MaxChoices)];

    /// <summary>The offered procedures serving a kind (the one the words name, when the catalog's keywords tell), each with its sub-case.</summary>
    private static List<ProcedureMatch> Serving(RequestKind kind, List<Procedure> offered, IReadOnlyList<string> words) =>
        [.. KeywordChooser.Procedures([.. offered.Where(p => p.Kinds.Contains(kind))], words).Select(p => new ProcedureMatch(p, KeywordChooser.SubCase(p, kind, words)))];
}
