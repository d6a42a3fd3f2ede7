using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// One engine for every procedure's form, driven by the catalog: choose the sub-case, answer the
/// fields (a card, or one question at a time), check every answer on the server, review, change
/// one answer, confirm. Filing itself is <see cref="FormSubmission"/>'s job.
/// </summary>
public sealed class FormFlow(
    FormSessions sessions, FormScreen screen, FormAnswerReader reader, RowEditor rows, FormSubmission submission,
    FormReplies replies, ProcedureRules rules, CaseFileIntake intake, TimeProvider clock)
{
    public Task StartAsync(ConversationReply reply, FormContext ctx, string? subCaseCode, CancellationToken ct) =>
        StartAsync(reply, ctx, subCaseCode, new Dictionary<string, string>(), ct);

    /// <summary>Starts a form, some answers already known (an incident told in plain words).</summary>
    public async Task StartAsync(ConversationReply reply, FormContext ctx, string? subCaseCode, IReadOnlyDictionary<string, string> known, CancellationToken ct)
    {
        var subCase = ctx.Procedure.SubCases.Any(s => s.Code == subCaseCode) ? subCaseCode : null;
        var session = new FormSession
        {
            Id = Guid.NewGuid(), ProcedureCode = ctx.Procedure.Code, SubCaseCode = subCase, StartedAt = clock.GetUtcNow(), Values = IncidentDefaults.With(ctx, known),
            Stage = ctx.Procedure.SubCases.Count > 0 && subCase is null ? FormStage.ChoosingSubCase : FormStage.Filling,
        };
        var replaced = await sessions.LoadAsync(ctx.Person.Person.Id, ct);
        var version = await sessions.ReplaceAsync(ctx.Person.Person.Id, session, ct);
        if (replaced is { Session.IsOpen: true } unfinished)
        {
            // A sent form's files are its case's; an unfinished one's belong to nothing any more.
            await intake.ForgetAsync(unfinished.Session.Files, ct);
        }

        await ContinueAsync(reply, ctx, session, version, null, ct);
    }

    /// <summary>A button of a form card was pressed.</summary>
    public async Task OnActionAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, string action, JsonElement value, CancellationToken ct)
    {
        switch (action)
        {
            case var _ when RowEditor.Handles(action):
                if (!await rows.OnActionAsync(reply, ctx, Typed(ctx, session, value), version, action, value, ct)) goto default;
                break;
            case CardData.RowsDone when session.Stage == FormStage.Asking && session.Row is null:
                await TakeAnswerAsync(reply, ctx, session, version, "", null, ct); // the list as it stands, no rows typed
                break;
            case CardData.Answer when session.Stage == FormStage.Asking && session.Row is not null:
                await rows.OnCellAsync(reply, ctx, session, version, CardData.Text(value, "value") ?? "", false, ct);
                break;
            case CardData.ChooseSubCase when session.Stage == FormStage.ChoosingSubCase:
                var chosen = CardData.Text(value, "subCase");
                if (ctx.Procedure.SubCases.All(s => s.Code != chosen)) goto default;
                await ContinueAsync(reply, ctx, session with { SubCaseCode = chosen, Stage = FormStage.Filling }, version, null, ct);
                break;
            case CardData.SubmitForm when session.Stage == FormStage.Filling:
                await TakeCardAsync(reply, ctx, session, version, value, ct);
                break;
            case CardData.Answer when session.Stage == FormStage.Asking:
                await TakeAnswerAsync(reply, ctx, session, version, CardData.Text(value, "value"), null, ct);
                break;
            case CardData.PickFieldToEdit when session.Stage == FormStage.Reviewing:
                await reply.SendAsync(screen.Prompts.PickField(ctx, session), ct);
                break;
            case CardData.EditField when session.Stage == FormStage.Reviewing:
                var field = ctx.Fields(session).FirstOrDefault(f => f.Name == CardData.Text(value, "field"));
                if (field is null) goto default;
                var editing = ctx.IsStep(field) ? session with { Stage = FormStage.Asking, Asking = field.Name, Editing = field.Name }
                    : session with { Stage = FormStage.Filling, Editing = field.Name };
                await SaveAndShowAsync(reply, ctx, editing, version, null, ct);
                break;
            case CardData.ConfirmForm:
                await submission.SubmitAsync(reply, ctx, session, version, ct);
                break;
            case CardData.CancelForm when session.IsOpen:
                await sessions.DeleteAsync(ctx.Person.Person.Id, ct);
                await intake.ForgetAsync(session.Files, ct);
                await replies.CancelledAsync(reply, session, ct);
                break;
            case CardData.ResumeForm when session.IsOpen:
                await reply.SendAsync(screen.Prompts.For(ctx, session), ct);
                break;
            default:
                await replies.FormGoneAsync(reply, session, ct);
                break;
        }
    }

    /// <summary>A typed message while a question is asked; false when the form is not waiting for one.</summary>
    /// <param name="back">The words asked to go back to the previous question ("quay lại").</param>
    /// <param name="message">The message, whose files answer a file question.</param>
    public async Task<bool> OnTextAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, string text, bool back, Activity message, CancellationToken ct)
    {
        if (session.Stage != FormStage.Asking)
        {
            return false;
        }

        if (session.Row is not null)
        {
            await rows.OnCellAsync(reply, ctx, session, version, text, back, ct);
            return true;
        }

        if (back)
        {
            var fields = ctx.Fields(session).Where(ctx.IsStep).ToList();
            var previous = fields.TakeWhile(f => f.Name != session.Asking).LastOrDefault();
            // A list goes back with its rows, to be changed row by row; any other answer is asked again.
            var previousQuestion = previous is null ? session
                : (previous.Type == FieldType.Rows ? session : session.Without(previous.Name)) with { Asking = previous.Name };
            await SaveAndShowAsync(reply, ctx, previousQuestion, version, null, ct);
            return true;
        }

        await TakeAnswerAsync(reply, ctx, session, version, text, message, ct);
        return true;
    }

    private async Task TakeCardAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, JsonElement value, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var updated = session;
        foreach (var field in ShownOnCard(ctx, session))
        {
            var raw = CardValue(value, field);
            if (field.Type == FieldType.Rows)
            {
                // The rows of the editor, and those typed in the experts' box after them; refused lines stay in the box.
                var lines = raw ?? "";
                raw = WithLines(field, session, lines);
                var listed = reader.Read(field, raw);
                updated = listed.Ok || lines.Trim().Length == 0 ? updated.WithValue(field.Name, raw).Without(field.Name + FormInputs.LinesSuffix)
                    : updated.WithValue(field.Name + FormInputs.LinesSuffix, lines);
                if (!listed.Ok) errors[field.Name] = listed.Error!;
                continue;
            }

            var check = reader.Read(field, raw, ctx.OptionsFor(field));
            updated = updated.WithValue(field.Name, raw ?? "");
            if (!check.Ok) errors[field.Name] = check.Error!;
        }

        var next = errors.Count > 0 ? updated : updated with { Editing = null, Stage = FormStage.Asking };
        await ContinueAsync(reply, ctx, next, version, errors.Count > 0 ? errors : null, ct);
    }

    private async Task TakeAnswerAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, string? text, Activity? message, CancellationToken ct)
    {
        var field = ctx.Field(session, session.Asking!);
        var skip = Core.Text.VietnameseText.Fold(text ?? "") is "bo qua" or "skip";
        if (skip && field.Type == FieldType.Rows && AnnexRows.Read(field, session.Values.GetValueOrDefault(field.Name)).Count > 0)
        {
            // Skipping a list that has rows moves on with them.
            (skip, text) = (false, "");
        }

        if (skip && field.Required)
        {
            await SaveAndShowAsync(reply, ctx, session, version, new() { [field.Name] = Cards.Texts.CardText.Get("CannotSkipRequired", null, field.Label) }, ct);
            return;
        }

        FormSession updated;
        if (field.Type == FieldType.File)
        {
            // Copied into the store under the case's key (the session's id becomes the case's), so the case keeps them.
            var kept = skip || message is null ? FileIntake.None : await intake.KeepAsync(message, session.Id, ct);
            var files = kept.Files;
            if (kept.Refusal is not null || (files.Count == 0 && !skip))
            {
                await SaveAndShowAsync(reply, ctx, session, version, new() { [field.Name] = kept.Refusal ?? Cards.Texts.CardText.Get("NoFileReceived") }, ct);
                return;
            }

            updated = (session.Without(field.Name) with { Files = [.. session.Files.Where(f => f.FieldName != field.Name), .. files.Select(f => f with { FieldName = field.Name })] })
                .WithValue(field.Name, skip ? "" : string.Join(", ", files.Select(f => f.FileName)));
            // The files this answer replaces are kept for nothing else.
            await intake.ForgetAsync(session.Files.Where(f => f.FieldName == field.Name), ct);
        }
        else
        {
            // Rows typed for a list (the experts' shortcut) come after those it has.
            var answer = field.Type == FieldType.Rows && !skip ? WithLines(field, session, text ?? "") : text;
            var check = skip ? FieldCheck.Empty : reader.Read(field, answer, ctx.OptionsFor(field));
            if (!check.Ok)
            {
                await SaveAndShowAsync(reply, ctx, session, version, new() { [field.Name] = check.Error! }, ct);
                return;
            }

            // A time said in words ("tối qua") is kept as the moment it meant now, not re-read later.
            updated = session.WithValue(field.Name, skip ? "" : field.Type == FieldType.DateTime ? check.Value?.GetString() ?? "" : answer!.Trim());
        }

        await ContinueAsync(reply, ctx, updated with { Editing = null }, version, null, ct);
    }

    /// <summary>Moves to the next unanswered question, or to the summary once every field has an answer.</summary>
    private Task ContinueAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, Dictionary<string, string>? errors, CancellationToken ct)
    {
        if (errors is null && session.Stage is FormStage.Asking or FormStage.Filling && (session.Stage == FormStage.Asking || ctx.Fields(session).All(ctx.IsStep)))
        {
            var next = session.Editing is null ? ctx.Fields(session).FirstOrDefault(f => ctx.IsStep(f) && !session.Values.ContainsKey(f.Name)) : null;
            session = next is null ? session with { Stage = FormStage.Reviewing, Asking = null } : session with { Stage = FormStage.Asking, Asking = next.Name };
            if (session.Stage == FormStage.Reviewing && rules.Check(ctx, session) is { Count: > 0 } refused)
            {
                // Back to the answer the procedure's rules refuse, with the reason.
                var field = refused.Keys.First();
                session = ctx.IsStep(ctx.Field(session, field))
                    ? session with { Stage = FormStage.Asking, Asking = field }
                    : session with { Stage = FormStage.Filling };
                errors = refused;
            }
        }

        return SaveAndShowAsync(reply, ctx, session, version, errors, ct);
    }

    private Task SaveAndShowAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, Dictionary<string, string>? errors, CancellationToken ct) =>
        screen.SaveAndShowAsync(reply, ctx, session, version, errors, ct);

    /// <summary>The fields the form card shows now: all but the steps, or the one being changed.</summary>
    private static IEnumerable<FormField> ShownOnCard(FormContext ctx, FormSession session) =>
        ctx.Fields(session).Where(f => !ctx.IsStep(f) && (session.Editing is null || f.Name == session.Editing));

    /// <summary>What a form card's press carried for its other fields, kept unchecked so a row button loses none of it.</summary>
    private static FormSession Typed(FormContext ctx, FormSession session, JsonElement value)
    {
        if (session.Stage != FormStage.Filling || session.Row is not null) return session;
        var typed = session;
        foreach (var field in ShownOnCard(ctx, session))
        {
            if (CardValue(value, field) is not { } raw) continue;
            typed = field.Type == FieldType.Rows
                ? (raw.Trim().Length == 0 ? typed : typed.WithValue(field.Name, WithLines(field, session, raw)).Without(field.Name + FormInputs.LinesSuffix))
                : typed.WithValue(field.Name, raw);
        }

        return typed;
    }

    /// <summary>A list's rows followed by rows typed one per line with ";" between cells.</summary>
    private static string WithLines(FormField list, FormSession session, string lines) =>
        AnnexRows.Write([.. AnnexRows.Read(list, session.Values.GetValueOrDefault(list.Name)), .. AnnexRows.FromLines(list, lines)]);

    /// <summary>A card input's value; a date-time field arrives as a date input and a time input.</summary>
    private static string? CardValue(JsonElement value, FormField field)
    {
        string? Get(string name) => value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var v) ? v.ToString() : null;
        return field.Type == FieldType.DateTime && Get(field.Name) is { Length: > 0 } date
            ? $"{date} {Get(field.Name + FormInputs.TimeSuffix)}".Trim()
            : Get(field.Name);
    }
}
