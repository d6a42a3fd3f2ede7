using System.Text.Json;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>The card or question that shows where a form stands.</summary>
public sealed class FormPrompts(FormAnswerReader reader, InternalTthc.Bot.Hosting.PublicAddress service, ProcedureDates dates)
{
    public Card For(FormContext ctx, FormSession session, IReadOnlyDictionary<string, string>? errors = null) => session.Stage switch
    {
        FormStage.Filling or FormStage.Asking when session.Row is { } row => RowPrompts.Row(ctx, View(ctx, session, null, null), ctx.Field(session, row.Field), row, errors),
        FormStage.ChoosingSubCase => SubCaseCard.Create(ctx.Procedure, session.Id),
        FormStage.Filling => FormCard.Create(View(ctx, session, errors, session.Editing)),
        FormStage.Asking => Question(ctx, session, errors?.Values.FirstOrDefault()),
        _ => SummaryCard.Create(View(ctx, session, null, null), Facts(ctx, session),
            [.. ctx.Fields(session).Where(f => f.Type == FieldType.Rows).Select(f => new AnnexList(f, AnnexRows.Read(f, session.Values.GetValueOrDefault(f.Name))))]),
    };

    /// <summary>Every answer may be changed, also those asked one at a time (all of them on text channels).</summary>
    public Card PickField(FormContext ctx, FormSession session) =>
        SummaryCard.PickField(View(ctx, session, null, null) with { Fields = [.. ctx.Fields(session)] });

    public FormView View(FormContext ctx, FormSession session, IReadOnlyDictionary<string, string>? errors, string? only) => new()
    {
        SessionId = session.Id,
        Procedure = ctx.Procedure,
        SubCase = ctx.Procedure.SubCases.FirstOrDefault(s => s.Code == session.SubCaseCode),
        Fields = [.. ctx.Fields(session).Where(f => only is null ? !ctx.IsStep(f) : f.Name == only)],
        Values = session.Values,
        Errors = errors ?? new Dictionary<string, string>(),
        Options = ctx.OptionsFor,
        Dates = Dates(ctx, session),
        TemplateUrl = f => f.Type == FieldType.Rows ? service.Link(AnnexTemplateEndpoints.PathOf(ctx.Procedure, f)) : null,
    };

    /// <summary>The procedure's dates, then the requester's own deadlines the answers so far give (late ones said before sending).</summary>
    private IReadOnlyList<string> Dates(FormContext ctx, FormSession session) => ctx.Plan is { } plan
        ? [.. dates.For(ctx.Procedure), .. dates.ForDraft(ctx.Procedure, plan.Stored(ctx.Fields(session), session.Values, ctx.OptionsFor))]
        : [.. dates.For(ctx.Procedure)];

    /// <summary>The summary: each answer as the person will recognise it (choice labels, dates d/M/yyyy, counts of rows and files).</summary>
    public IReadOnlyList<Fact> Facts(FormContext ctx, FormSession session) =>
        [.. ctx.Fields(session).Select(f => new Fact(f.Label, Display(ctx, session, f)))];

    private string Display(FormContext ctx, FormSession session, FormField f)
    {
        if (f.Type == FieldType.File)
        {
            var files = session.Files.Where(x => x.FieldName == f.Name).Select(x => x.FileName).ToList();
            return files.Count == 0 ? "—" : string.Join(", ", files);
        }

        var raw = session.Values.GetValueOrDefault(f.Name);
        if (string.IsNullOrEmpty(raw)) return "—";
        var check = reader.Read(f, raw, ctx.OptionsFor(f));
        return f.Type switch
        {
            FieldType.Choice or FieldType.Unit or FieldType.Person => ctx.OptionsFor(f).FirstOrDefault(o => o.Value == check.Value?.GetString())?.Label ?? raw,
            FieldType.MultiChoice when check.Value is { } v => string.Join(", ", v.EnumerateArray().Select(x => ctx.OptionsFor(f).First(o => o.Value == x.GetString()).Label)),
            FieldType.DateTime when check.Value?.GetString() is { } at => DateTimeAnswer.Show(at),
            FieldType.Rows => CardText.Get("RowsBelow", null, AnnexRows.Read(f, raw).Count),
            FieldType.Date when check.Value?.GetString() is { } iso && DateOnly.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, out var day)
                => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => raw,
        };
    }

    private Card Question(FormContext ctx, FormSession session, string? error)
    {
        var field = ctx.Field(session, session.Asking!);
        var body = new List<CardElement>();
        if (error is not null) body.Add(new TextElement(error, TextRole.Attention));
        body.Add(new TextElement(CardText.Get("AskField", null, field.Label, CardText.Get(field.Required ? "AskRequired" : "AskOptional")), TextRole.Heading));
        if (field.Help is not null) body.Add(new TextElement(field.Help, TextRole.Subtle));
        if (field.Type == FieldType.File) body.Add(new TextElement(CardText.Get("AskFile", null, field.Label)));
        if (field.Type == FieldType.Rows) body.AddRange(RowPrompts.List(View(ctx, session, null, null), field, service.Link(AnnexTemplateEndpoints.PathOf(ctx.Procedure, field))));
        var options = ctx.OptionsFor(field);
        if (options.Count > 0 && field.Type is not FieldType.Rows)
        {
            body.Add(new TextElement(CardText.Get("AskChoices"), TextRole.Subtle));
            body.Add(new ButtonGroup([.. options.Select(o => new CardButton(o.Label, CardData.Action(CardData.Answer, ("session", session.Id.ToString("N")), ("value", o.Value))))]));
        }

        body.Add(new TextElement(CardText.Get("TextHelpCommands"), TextRole.Subtle));
        return new Card { Body = body, Summary = field.Label };
    }
}
