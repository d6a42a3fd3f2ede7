using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// Every case button, from any channel: a card submit, a Teams <c>Action.Execute</c>, a numbered choice on a
/// text channel (which then asks for the text it needs). Only the verb and the case code are taken from the
/// client; the case is loaded, the workflow decides, and the answer is the case card as the presser now sees it.
/// On card channels a result then waits for its files (or "bỏ qua"), so result and files are one step of the case;
/// a command typed meanwhile ("hàng đợi", "menu") is answered instead, and the wait forgotten.
/// </summary>
public sealed class CaseActions(
    CaseService service, CaseCards cards, PendingCaseActions pending, CaseFileIntake intake, AttachmentReader attachments)
{
    /// <summary>A press from a card or a text channel's choice: the pressed card is replaced by the case as it stands.</summary>
    public async Task OnSubmitAsync(ConversationReply reply, PersonRoles person, string verb, JsonElement value, CancellationToken ct)
    {
        await pending.DeleteAsync(person.Person.Id, ct);
        await AnswerAsync(reply, person, verb, CaseInputs.Read(value), null, ct);
    }

    /// <summary>Teams' <c>adaptiveCard/action</c>: the card that replaces the pressed one for this person.</summary>
    public async Task<Card> ExecuteAsync(PersonRoles person, string verb, JsonElement data, CancellationToken ct)
    {
        await pending.DeleteAsync(person.Person.Id, ct);
        var args = CaseInputs.Read(data);
        var outcome = await RunAsync(person, verb, args, inputs: true, files: null, keptCurrent: true, ct);
        if (outcome.Ask is not null)
        {
            // The result's files come in the next message; the card says so and keeps what was typed.
            await pending.SaveAsync(person.Person.Id, new PendingCaseAction(verb, args, ForFiles: true, outcome.Question), ct);
        }

        return outcome.Card!;
    }

    /// <summary>A press in the agent console's case panel, with every input it needs (a result there comes without files): what happened, or why not.</summary>
    public async Task<string> PressAsync(PersonRoles person, string verb, Dictionary<string, string> args, CancellationToken ct)
    {
        await pending.DeleteAsync(person.Person.Id, ct);
        return (await RunAsync(person, verb, args, inputs: true, files: [], keptCurrent: true, ct)).Text ?? "";
    }

    /// <summary>Teams' refresh of a shown card: the case as the person may now see it, under the headline the message keeps.</summary>
    public async Task<Card> RefreshAsync(PersonRoles person, JsonElement data, string? headline, CancellationToken ct)
    {
        try
        {
            return await cards.ForViewerAsync(person, await service.FindForAsync(person.Person.Id, CaseInputs.Read(data).GetValueOrDefault("code") ?? "", ct), headline, null, ct);
        }
        catch (CaseNotFoundException)
        {
            return NotFound().Card!;
        }
    }

    /// <summary>The message a pressed case button was waiting for (its text, or the result's files); false when none waits.</summary>
    public async Task<bool> OnMessageAsync(ConversationReply reply, PersonRoles person, Activity message, CancellationToken ct)
    {
        if (await pending.LoadAsync(person.Person.Id, ct) is not { } waiting)
        {
            return false;
        }

        await pending.DeleteAsync(person.Person.Id, ct);
        var text = message.Text ?? "";
        // Commands read the same in every jurisdiction; a longer text starting so ("hủy bỏ vì trùng") is the reason itself.
        var command = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            ? IntentRecognizer.ReadCommand(text) : null;
        if (command == CommandKind.Cancel)
        {
            await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.ForCase(waiting.Question, "CaseAskCancelled")), ct);
            return true;
        }

        if (waiting.ForFiles && command is not null && !IsSkip(text))
        {
            // Files come as attachments, so a command is not an answer: it is answered, and the result is not waited for.
            return false;
        }

        if (waiting.ForFiles)
        {
            await TakeFilesAsync(reply, person, waiting, message, ct);
            return true;
        }

        if (CaseInputs.FirstProblem(waiting.Verb, waiting.Args) is { } field)
        {
            waiting.Args[field] = text.Trim();
        }

        await AnswerAsync(reply, person, waiting.Verb, waiting.Args, null, ct);
        return true;
    }

    /// <summary>Another button was pressed: what a case button was waiting for is no longer wanted.</summary>
    public Task ForgetAsync(PersonRoles person, CancellationToken ct) => pending.DeleteAsync(person.Person.Id, ct);

    /// <summary>The result's files (kept with the case), or "bỏ qua"; anything else, or a refused file, asks again.</summary>
    private async Task TakeFilesAsync(ConversationReply reply, PersonRoles person, PendingCaseAction waiting, Activity message, CancellationToken ct)
    {
        var code = waiting.Args.GetValueOrDefault("code") ?? "";
        if (IsSkip(message.Text ?? ""))
        {
            await AnswerAsync(reply, person, waiting.Verb, waiting.Args, [], ct);
            return;
        }

        Case c;
        try
        {
            c = await service.FindForAsync(person.Person.Id, code, ct);
        }
        catch (CaseNotFoundException)
        {
            await reply.SendAsync(NotFound().Card!, ct);
            return;
        }

        var kept = await intake.KeepAsync(message, c.Id, ct);
        if (kept.Refusal is not null || kept.Files.Count == 0)
        {
            // Still waiting, with everything typed on the card; a picture pasted into the message is not a file handed in.
            await pending.SaveAsync(person.Person.Id, waiting, ct);
            var ask = AskText(CaseInputs.ResultFiles, waiting.Verb, code, c.IsQuestion);
            var why = kept.Refusal ?? ((message.Attachments ?? []).Any(a => attachments.IsIgnored(a, message)) ? CardText.Get("FileIgnored") : null);
            await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), why is null ? ask : $"{why} {ask}", why is null ? TextRole.Body : TextRole.Warning), ct);
            return;
        }

        await AnswerAsync(reply, person, waiting.Verb, waiting.Args, kept.Files, ct);
    }

    /// <param name="files">The result's files; null when not asked for yet.</param>
    private async Task AnswerAsync(ConversationReply reply, PersonRoles person, string verb, Dictionary<string, string> args, IReadOnlyList<CaseFile>? files, CancellationToken ct)
    {
        var showsCards = reply.Channel.ShowsCards;
        var outcome = await RunAsync(person, verb, args, showsCards, files, reply.Channel.UpdatesInPlace, ct);
        if (files is { Count: > 0 } && !outcome.Done)
        {
            await intake.ForgetAsync(files, ct);
        }

        if (outcome.Ask is { } field)
        {
            // Asked in the next message: a text channel's inputs one at a time, or the result's files.
            await pending.SaveAsync(person.Person.Id, new PendingCaseAction(verb, args, ForFiles: field == CaseInputs.ResultFiles, outcome.Question), ct);
            var ask = AskText(field, verb, args.GetValueOrDefault("code") ?? "", outcome.Question);
            await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), field != CaseInputs.ResultFiles && args.ContainsKey(field) ? $"{CaseInputs.Problem(field, verb, outcome.Question)} {ask}" : ask), ct);
        }
        else if (outcome.Found)
        {
            await reply.ReplaceAsync(outcome.Card!, ct);
        }
        else
        {
            await reply.SendAsync(outcome.Card!, ct);
        }
    }

    /// <summary>"Bỏ qua", however typed ("Bỏ qua.", "bỏ qua!"): no files for the result.</summary>
    private static bool IsSkip(string text) =>
        Core.Text.VietnameseText.Fold(string.Concat(text.Where(ch => !char.IsPunctuation(ch)))) is "bo qua" or "skip";

    private static string AskText(string field, string verb, string code, bool question) =>
        CardText.ForCase(question, $"CaseAsk_{(verb == CaseVerbs.For(CaseAction.Supplement) ? CaseVerbs.Name(verb) : field)}", null, CasePanel.Title(verb, question), code);

    /// <param name="keptCurrent">The channel keeps the pressed card current (or marks it old), so the card showed the case as it stands.</param>
    private async Task<Outcome> RunAsync(
        PersonRoles person, string verb, Dictionary<string, string> args, bool inputs, IReadOnlyList<CaseFile>? files, bool keptCurrent, CancellationToken ct)
    {
        Case c;
        try
        {
            c = await service.FindForAsync(person.Person.Id, args.GetValueOrDefault("code") ?? "", ct);
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }

        var note = new CaseCardNote(null, Inputs: inputs);
        var refused = note with { Refused = true, Values = args };
        if (!keptCurrent && int.TryParse(args.GetValueOrDefault(CasePanel.Version), out var shown) && shown < c.Version)
        {
            // A text channel's card cannot change once sent: what it offered was chosen on an older state of the case.
            return new Outcome(await cards.CreateAsync(person, c, refused with { Text = CardText.ForCase(c.IsQuestion, "CaseChangedSinceCard", null, c.Code!) }, ct));
        }

        var roles = CaseAccess.RolesFor(person, c);
        if (!CaseCards.VerbsFor(person.Person.Id, roles, c).Contains(verb))
        {
            var why = CaseVerbs.ActionOf(verb) is { } action ? CaseWorkflow.WhyNot(action, c.Status, roles) : null;
            var text = why ?? CardText.ForCase(c.IsQuestion, "CaseActionNotAllowed");
            return new Outcome(await cards.CreateAsync(person, c, refused with { Text = text }, ct), Text: text);
        }

        if (CaseInputs.FirstProblem(verb, args) is { } field)
        {
            return inputs
                ? new Outcome(await cards.CreateAsync(person, c, refused with { Text = CaseInputs.Problem(field, verb, c.IsQuestion) }, ct), Text: CaseInputs.Problem(field, verb, c.IsQuestion))
                : new Outcome(null, Ask: field, Question: c.IsQuestion);
        }

        if (verb == CaseVerbs.For(CaseAction.Resolve) && files is null)
        {
            // The result's files come next, so that the result and its files are one step.
            return new Outcome(await cards.CreateAsync(person, c, note with { Text = AskText(CaseInputs.ResultFiles, verb, c.Code!, c.IsQuestion), Values = args }, ct), Ask: CaseInputs.ResultFiles, Question: c.IsQuestion);
        }

        try
        {
            var done = await ApplyAsync(person.Person.Id, c, verb, args, files ?? [], ct);
            var text = CardText.Get($"{(done.IsQuestion ? "QuestionDone" : "CaseDone")}_{CaseVerbs.Name(verb)}{(done.Status == CaseStatus.AwaitingApproval ? "_awaitingApproval" : "")}", null, done.Code!);
            return new Outcome(await cards.CreateAsync(person, done, note with { Text = text }, ct), Done: true, Text: text);
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is WorkflowException or CaseConflictException or RatingException)
        {
            // Show the case as it stands now: after a conflict, the loaded one is stale.
            var now = await service.FindForAsync(person.Person.Id, c.Code!, ct);
            return new Outcome(await cards.CreateAsync(person, now, refused with { Text = e.Message }, ct), Text: e.Message);
        }
    }

    private Task<Case> ApplyAsync(Guid me, Case c, string verb, Dictionary<string, string> args, IReadOnlyList<CaseFile> files, CancellationToken ct)
    {
        var note = args.GetValueOrDefault(CasePanel.Note) is { Length: > 0 } typed ? typed : null;
        if (verb == CaseVerbs.Take) return service.AssignAsync(c.Id, me, me, ct);
        if (verb == CaseVerbs.Answer) return service.AnswerAsync(c.Id, me, args[CasePanel.Answer], ct);
        if (verb == CaseVerbs.Rate) return service.RateAsync(c.Id, me, CaseInputs.Score(args[CasePanel.Score])!.Value, args.GetValueOrDefault(CasePanel.Comment), ct);
        return CaseVerbs.ActionOf(verb) switch
        {
            CaseAction.ConfirmForUnit => service.ConfirmForUnitAsync(c.Id, me, ct),
            CaseAction.Withdraw => service.WithdrawAsync(c.Id, me, note, ct),
            CaseAction.Receive => service.ReceiveAsync(c.Id, me, ct),
            CaseAction.RefuseInvalid => service.RefuseInvalidAsync(c.Id, me, note!, ct),
            CaseAction.StartProcessing => service.StartProcessingAsync(c.Id, me, ct),
            CaseAction.RequestSupplement => service.RequestSupplementAsync(c.Id, me, note!, ct),
            CaseAction.Supplement => service.SupplementAsync(c.Id, me, c.Answers, note, ct),
            CaseAction.Resolve => service.ResolveAsync(c.Id, me, new CaseResult(
                args[CasePanel.DocumentNumber], CaseInputs.Date(args[CasePanel.DocumentDate])!.Value, args[CasePanel.Summary], files), ct),
            CaseAction.Approve => service.ApproveAsync(c.Id, me, note, ct),
            CaseAction.ReturnForRework => service.ReturnForReworkAsync(c.Id, me, note!, ct),
            CaseAction.Reject => service.RejectAsync(c.Id, me, note!, ct),
            CaseAction.Reopen => service.ReopenAsync(c.Id, me, note!, ct),
            CaseAction.Assign => service.AssignAsync(c.Id, me, CaseInputs.Person(args[CasePanel.Assignee])!.Value, ct),
            CaseAction.MoveToStage => service.MoveToStageAsync(c.Id, me, CaseInputs.Stage(args.GetValueOrDefault(CasePanel.Stage)), ct),
            _ => throw new WorkflowException(CaseAction.Submit, c.Status, CardText.ForCase(c.IsQuestion, "CaseActionNotAllowed")),
        };
    }

    private static Outcome NotFound() => new(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseNotFound"), TextRole.Warning), Found: false, Text: CardText.Get("CaseNotFound"));

    /// <param name="Card">The answer; null only when a text channel's <paramref name="Ask"/> is set.</param>
    /// <param name="Ask">What must come in the next message before anything is done: a text channel's input, or the result's files.</param>
    /// <param name="Done">The case changed.</param>
    /// <param name="Text">What the card says happened (done, or why not).</param>
    /// <param name="Question">The case asking for <paramref name="Ask"/> is a question: what is asked says so.</param>
    private sealed record Outcome(Card? Card, bool Found = true, string? Ask = null, bool Done = false, string? Text = null, bool Question = false);
}
