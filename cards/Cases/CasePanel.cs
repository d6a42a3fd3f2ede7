using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;

namespace InternalTthc.Cards.Cases;

/// <summary>
/// The buttons of a case card, each beside the inputs it needs: plain steps, assigning, the ones that
/// need a reason, the result, the rating. Inputs are not marked required on the card, since one note
/// serves several buttons; the server checks each submit.
/// </summary>
public static class CasePanel
{
    public const string Note = "note";
    public const string Assignee = "assignee";
    public const string DocumentNumber = "documentNumber";
    public const string DocumentDate = "documentDate";
    public const string Summary = "summary";
    public const string Score = "score";
    public const string Comment = "comment";
    public const string Answer = "answer";
    public const string Stage = "stage";

    /// <summary>The case's version a pressed button was drawn from (<see cref="CaseControls.Version"/>).</summary>
    public const string Version = "version";

    private static readonly string[] Plain =
        [CaseVerbs.Take, CaseVerbs.For(CaseAction.Receive), CaseVerbs.For(CaseAction.StartProcessing), CaseVerbs.For(CaseAction.Approve), CaseVerbs.For(CaseAction.ConfirmForUnit)];

    /// <summary>Buttons that need the note: a reason, a request, an answer.</summary>
    public static readonly IReadOnlyList<string> NeedNote =
    [
        CaseVerbs.For(CaseAction.RequestSupplement), CaseVerbs.For(CaseAction.Supplement), CaseVerbs.For(CaseAction.RefuseInvalid),
        CaseVerbs.For(CaseAction.ReturnForRework), CaseVerbs.For(CaseAction.Reject), CaseVerbs.For(CaseAction.Reopen),
    ];

    private static readonly string[] WithNote = [.. NeedNote, CaseVerbs.For(CaseAction.Withdraw)];

    public static IEnumerable<CardElement> Create(CaseControls c)
    {
        if (Buttons(c, Plain) is { Count: > 0 } plain) yield return new ButtonGroup(plain);

        if (Buttons(c, [CaseVerbs.For(CaseAction.MoveToStage)]) is { Count: > 0 } move)
        {
            // Without a choice (text channels, or one stage left) the case moves to the next stage.
            if (c.Inputs && c.Stages.Count > 1)
            {
                yield return new InputElement(Stage, CardText.Get("CaseStageLabel"), InputKind.Choice) { Choices = c.Stages, Value = Value(c, Stage) ?? c.Stages[0].Value };
            }

            yield return new ButtonGroup(move);
        }

        var assign = CaseVerbs.For(CaseAction.Assign);
        if (c.Inputs && c.Verbs.Contains(assign) && c.Agents.Count > 0)
        {
            yield return new InputElement(Assignee, CardText.Get("CaseAssigneeLabel"), InputKind.Choice) { Choices = c.Agents, Value = Value(c, Assignee) };
            yield return new ButtonGroup(Buttons(c, [assign]));
        }

        if (Buttons(c, WithNote) is { Count: > 0 } noted)
        {
            // Named for its one button where there is one: beside "Xác nhận và gửi", a bare "reason" read as needed to confirm.
            var label = noted.Count > 1 ? "CaseNoteLabel"
                : c.Verbs.Contains(CaseVerbs.For(CaseAction.Supplement)) ? "CaseSupplementLabel"
                : c.Verbs.Contains(CaseVerbs.For(CaseAction.Withdraw)) ? "CaseWithdrawNoteLabel" : "CaseNoteLabel";
            if (c.Inputs) yield return new InputElement(Note, CardText.ForCase(c.IsQuestion, label), InputKind.LongText) { MaxLength = 2000, Value = Value(c, Note) };
            yield return new ButtonGroup(noted);
        }

        if (Buttons(c, [CaseVerbs.For(CaseAction.Resolve)]) is { Count: > 0 } resolve)
        {
            yield return new TextElement(CardText.Get("CaseResultHeading"), TextRole.Heading);
            if (c.Inputs)
            {
                yield return new InputElement(DocumentNumber, CardText.Get("CaseResultNumber"), InputKind.Text) { MaxLength = 100, Value = Value(c, DocumentNumber) };
                yield return new InputElement(DocumentDate, CardText.Get("CaseResultDate"), InputKind.Date) { Value = Value(c, DocumentDate) };
                yield return new InputElement(Summary, CardText.Get("CaseResultSummary"), InputKind.LongText) { MaxLength = 2000, Value = Value(c, Summary) };
            }

            yield return new ButtonGroup(resolve);
        }

        if (Buttons(c, [CaseVerbs.Answer]) is { Count: > 0 } answer)
        {
            yield return new TextElement(CardText.Get("CaseAnswerHeading"), TextRole.Heading);
            if (c.Inputs)
            {
                yield return new TextElement(CardText.Get("CaseAnswerNote"), TextRole.Subtle);
                yield return new InputElement(Answer, CardText.Get("CaseAnswerLabel"), InputKind.LongText) { MaxLength = 4000, Value = Value(c, Answer) };
            }

            yield return new ButtonGroup(answer);
        }

        if (Buttons(c, [CaseVerbs.Rate]) is { Count: > 0 } rate)
        {
            yield return new TextElement(CardText.Get("CaseRatingHeading"), TextRole.Heading);
            if (c.Inputs)
            {
                yield return new InputElement(Score, CardText.Get("CaseRatingLabel"), InputKind.Choice)
                {
                    Choices = [.. Enumerable.Range(CaseRating.Lowest, CaseRating.Highest - CaseRating.Lowest + 1).Reverse().Select(s => new InputChoice($"{s}", CardText.Get($"CaseRating{s}")))],
                    Value = Value(c, Score),
                };
                yield return new InputElement(Comment, CardText.Get("CaseRatingComment"), InputKind.LongText) { MaxLength = 1000, Value = Value(c, Comment) };
            }

            yield return new ButtonGroup(rate);
        }
    }

    /// <summary>The button of one verb; its title, from the texts, also names the verb in messages.</summary>
    public static CardButton Button(string code, string verb, bool question, int? version = null) =>
        new(Title(verb, question), version is { } v ? CardData.Action(verb, ("code", code), (Version, $"{v}")) : CardData.Action(verb, ("code", code)), Style(verb));

    /// <param name="question">The case is a question: "Rút câu hỏi", "Nhận trả lời"...</param>
    public static string Title(string verb, bool question) => CardText.ForCase(question, $"CaseButton_{CaseVerbs.Name(verb)}");

    private static List<CardButton> Buttons(CaseControls c, IEnumerable<string> verbs) =>
        [.. verbs.Where(c.Verbs.Contains).Select(v => Button(c.Code, v, c.IsQuestion, c.Version))];

    private static ButtonStyle Style(string verb) => CaseVerbs.ActionOf(verb) switch
    {
        CaseAction.Receive or CaseAction.Resolve or CaseAction.Approve or CaseAction.ConfirmForUnit => ButtonStyle.Positive,
        CaseAction.RefuseInvalid or CaseAction.Reject or CaseAction.Withdraw => ButtonStyle.Destructive,
        _ => ButtonStyle.Default,
    };

    private static string? Value(CaseControls c, string id) => c.Values.TryGetValue(id, out var v) && v.Length > 0 ? v : null;
}
