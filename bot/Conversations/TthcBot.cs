using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// The bot people talk to: finds who is writing, then routes the turn — a card button to its flow,
/// a typed answer to the question being asked, an unfinished form to "tiếp tục?", else the menu.
/// </summary>
public sealed class TthcBot(
    PersonResolver people, IDirectoryStore directory, ProcedureCatalog catalog, CardReplies replies,
    FormSessions sessions, FormContexts contexts, FormFlow flow, FormReplies notices, CaseLookup lookup, TextRouter router,
    AttachmentReader attachments, GuestAnswers guests, ProcedureDates dates, IntentRecognizer recognizer,
    CaseActions caseActions, CaseQueue queue, CaseInvokes invokes, CaseCardTracker tracker) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeNames.AdaptiveCardAction)
        {
            turnContext.InvokeResponse = await invokes.AnswerAsync(activity, await people.ResolveAsync(turnContext, cancellationToken), cancellationToken);
            return;
        }

        var joined = activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
        if (!activity.IsType(ActivityTypes.Message) && !joined)
        {
            return;
        }

        var reply = new FormReply(turnContext, replies, tracker);
        var person = await people.ResolveAsync(turnContext, cancellationToken);
        if (person is null)
        {
            await guests.AnswerAsync(reply, Action(activity.Value), activity.Value, activity.Text, cancellationToken);
            return;
        }

        if (Action(activity.Value) is { } action)
        {
            await OnActionAsync(reply, person, action, activity.Value!.Value, cancellationToken);
            return;
        }

        // A case button may wait for what it needs (a reason typed on a text channel, the result's files) before anything else.
        if (!joined && (activity.Text is { Length: > 0 } || activity.Attachments is { Count: > 0 }) && await caseActions.OnMessageAsync(reply, person, activity, cancellationToken))
        {
            return;
        }

        var open = await sessions.LoadAsync(person.Person.Id, cancellationToken);
        if (open is { Session.IsOpen: true } current && !joined)
        {
            var ctx = await contexts.CreateAsync(person, current.Session.ProcedureCode, CardReplies.ShowsCards(activity.ChannelId), cancellationToken);
            var command = ctx is null ? null : recognizer.Recognize(activity.Text ?? "", ctx.Unit.JurisdictionCode) is { Kind: RecognitionKind.Command } said ? said.Command : null;
            if (ctx is not null && command == CommandKind.Cancel)
            {
                await flow.OnActionAsync(reply, ctx, current.Session, current.Version, CardData.CancelForm, default, cancellationToken);
                return;
            }

            if (ctx is not null && (activity.Attachments ?? []).FirstOrDefault(AttachmentReader.IsWorkbook) is { } sheet
                && await attachments.OpenAsync(sheet, activity, cancellationToken) is { } workbook)
            {
                await using (workbook)
                {
                    if (await flow.OnWorkbookAsync(reply, ctx, current.Session, current.Version, workbook, cancellationToken)) return;
                }
            }

            if (ctx is not null && await flow.OnTextAsync(reply, ctx, current.Session, current.Version, activity.Text ?? "", command == CommandKind.Back, activity, cancellationToken))
            {
                return;
            }
        }

        if (!joined && activity.Text is { Length: > 0 } text && await directory.FindUnitAsync(person.Person.UnitId, cancellationToken) is { } unit
            && await router.RouteAsync(reply, person, unit, text, cancellationToken))
        {
            return;
        }

        if (open is { Session.IsOpen: true } unfinished && catalog.Find(unfinished.Session.ProcedureCode) is { } started)
        {
            await reply.SendAsync(ResumeCard.Create(started.DisplayName, VietnamTime.Format(unfinished.Session.StartedAt), unfinished.Session.Id), cancellationToken);
        }

        await reply.SendAsync(await MenuAsync(person, cancellationToken), cancellationToken);
    }

    private async Task OnActionAsync(FormReply reply, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        var showsCards = CardReplies.ShowsCards(reply.ChannelId);
        if (action == CardData.StartProcedure)
        {
            var ctx = await contexts.CreateAsync(person, CardData.Text(value, "procedure"), showsCards, ct);
            if (ctx is null) await notices.RefusedAsync(reply, contexts.Refusal(CardData.Text(value, "procedure")), ct);
            else await flow.StartAsync(reply, ctx, CardData.Text(value, "subCase"), ct);
            return;
        }

        if (CaseVerbs.IsCaseVerb(action))
        {
            await caseActions.OnSubmitAsync(reply, person, action, value, ct);
            return;
        }

        // Another button: whatever a case button was waiting for is no longer wanted.
        await caseActions.ForgetAsync(person, ct);

        if (reply.IsShared && action is CardData.ShowCase or CardData.ShowQueue or CardData.ShowMyCases)
        {
            await reply.SendAsync(CaseLookup.PrivateOnly(), ct);
            return;
        }

        if (action == CardData.ShowCase && CardData.Text(value, "code") is { } code)
        {
            await reply.SendAsync(await lookup.LookUpAsync(person, code, showsCards, ct), ct);
            return;
        }

        if (action == CardData.ShowQueue)
        {
            await reply.SendAsync(await queue.ShowAsync(person, CardData.Text(value, "filter"), CardData.Text(value, QueueCard.ByProcedure), showsCards, ct), ct);
            return;
        }

        if (action == CardData.ShowMyCases)
        {
            await reply.SendAsync(await lookup.MyCasesAsync(person, ct), ct);
            return;
        }

        if (action == CardData.ShowProcedure && catalog.Find(CardData.Text(value, "procedure") ?? "") is { } shown)
        {
            var canFile = await contexts.CreateAsync(person, shown.Code, showsCards, ct) is not null;
            await reply.SendAsync(ProcedureInfoCard.Create(shown, null, dates.For(shown), canFile, dates.About(shown)), ct);
            return;
        }

        if (action == CardData.AskHuman)
        {
            await notices.HumanAsync(reply, ct);
            return;
        }

        if (action == CardData.ShowHelp)
        {
            await reply.SendAsync(HelpCard.Create(notUnderstood: false), ct);
            return;
        }

        var open = await sessions.LoadAsync(person.Person.Id, ct);
        var pressed = CardData.Text(value, "session");
        if (pressed is not null && open is { } loaded && loaded.Session.Id.ToString("N") == pressed
            && await contexts.CreateAsync(person, loaded.Session.ProcedureCode, showsCards, ct) is { } form)
        {
            await flow.OnActionAsync(reply, form, loaded.Session, loaded.Version, action, value, ct);
        }
        else if (pressed is not null)
        {
            await notices.FormGoneAsync(reply, null, ct);
        }
        else
        {
            await reply.SendAsync(await MenuAsync(person, ct), ct);
        }
    }

    private async Task<Card> MenuAsync(PersonRoles person, CancellationToken ct)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var jurisdiction = unit is null ? null : catalog.FindJurisdiction(unit.JurisdictionCode);
        if (unit is null || jurisdiction is null)
        {
            return UnlinkedCard.Create();
        }

        // Only what the unit may file today: suspended procedures (the district DTI once districts are gone) are left out.
        return MenuCard.Create(person.Person.FullName, jurisdiction with { Name = dates.JurisdictionName(jurisdiction.Code) }, dates.OfferedTo(unit), agent: person.HoldsAnywhere(Role.Agent));
    }

    private static string? Action(JsonElement? value) => CardData.Text(value, CardData.ActionKey);

}
