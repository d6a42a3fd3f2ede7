using System.Globalization;
using System.Text.Json;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// The inputs a case button needs, read from what the client sent and checked again on the server:
/// the card's own checks are a courtesy, and a crafted submit skips them.
/// </summary>
public static class CaseInputs
{
    /// <summary>Not an input of the card: the result's files, asked for in the next message on card channels.</summary>
    public const string ResultFiles = "files";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>Every string (or number) the submit carried; the handler trusts only the code and these inputs.</summary>
    public static Dictionary<string, string> Read(JsonElement value)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object) return args;
        foreach (var p in value.EnumerateObject())
        {
            if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number) args[p.Name] = p.Value.ToString().Trim();
        }

        return args;
    }

    /// <summary>The inputs a verb needs, in the order a text channel asks for them.</summary>
    public static IReadOnlyList<string> Needed(string verb) =>
        CasePanel.NeedNote.Contains(verb) ? [CasePanel.Note]
        : verb == CaseVerbs.For(CaseAction.Resolve) ? [CasePanel.DocumentNumber, CasePanel.DocumentDate, CasePanel.Summary]
        : verb == CaseVerbs.For(CaseAction.Assign) ? [CasePanel.Assignee]
        : verb == CaseVerbs.Rate ? [CasePanel.Score]
        : verb == CaseVerbs.Answer ? [CasePanel.Answer]
        : [];

    /// <summary>The first needed input that is missing or wrong.</summary>
    public static string? FirstProblem(string verb, IReadOnlyDictionary<string, string> args) =>
        Needed(verb).FirstOrDefault(field => !IsValid(field, args.GetValueOrDefault(field)));

    /// <summary>Why the input is refused, in Vietnamese.</summary>
    public static string Problem(string field, string verb, bool question) => field switch
    {
        CasePanel.Note => CardText.Get("CaseNoteRequired", null, CasePanel.Title(verb, question)),
        CasePanel.DocumentNumber => CardText.Get("CaseDocumentNumberRequired"),
        CasePanel.DocumentDate => CardText.Get("CaseDocumentDateInvalid"),
        CasePanel.Summary => CardText.Get("CaseSummaryRequired"),
        CasePanel.Score => CardText.Get("CaseScoreInvalid"),
        CasePanel.Answer => CardText.Get("CaseAnswerRequired"),
        _ => CardText.Get("CaseAssigneeRequired"),
    };

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static int? Score(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= CaseRating.Lowest and <= CaseRating.Highest ? s : null;

    /// <summary>The chosen stage's number; null when none was chosen (the next one), 0 for a value that is no number (refused).</summary>
    public static int? Stage(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static Guid? Person(string? text) => Guid.TryParseExact(text?.Trim(), "N", out var id) ? id : null;

    private static bool IsValid(string field, string? value) => field switch
    {
        CasePanel.DocumentDate => Date(value) is not null,
        CasePanel.Score => Score(value) is not null,
        CasePanel.Assignee => Person(value) is not null,
        _ => !string.IsNullOrWhiteSpace(value),
    };
}
