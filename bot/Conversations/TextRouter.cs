using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Questions;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// What typed words ask for, when no form question is waiting for them (<see cref="IntentRecognizer"/>):
/// a command, a procedure to start, a question about one, "Ý bạn là …?" when unsure, the closest
/// procedures when the province lacks the one asked for, and — when not understood — the nearest
/// procedures and the way to a person, in one card. The form flow, the cases and the answers are made only for words that
/// need them: a greeting, the commonest turn, needs none.
/// </summary>
public sealed class TextRouter(
    TurnRecognition recognizer, IncidentReportReader incidents, FormContexts contexts, Lazy<FormFlow> flow, FormSessions sessions,
    FormReplies notices, Lazy<CaseLookup> lookup, Lazy<CaseQueue> queue, ProcedureDates dates, TimeProvider clock, Lazy<AnswerSearch> answers,
    SystemEventAnswers events)
{
    /// <summary>
    /// Answers the words, or says what is left to do (the menu, a person). A critical incident told in words calls a person
    /// (<paramref name="callPerson"/>) before its form starts, so that the form is what he answers next.
    /// </summary>
    public async Task<TextRoute> RouteAsync(ConversationReply reply, PersonRoles person, Unit unit, string text, Func<CancellationToken, Task> callPerson, CancellationToken ct)
    {
        // "Vì sao hộp thư của tôi bị khóa?" is about something the system did, not a request: explained from the catalog.
        if (await events.TryAnswerAsync(reply, person, unit, text, ct))
        {
            return TextRoute.Answered;
        }

        var recognition = recognizer.Recognize(text, unit.JurisdictionCode);
        // Only what this unit may file today is offered (not a suspended procedure, not one of a level it is not); commands always are.
        var today = VietnamTime.Today(clock);
        var choices = recognition.Choices.Where(c => c.Procedure is null || contexts.Catalog.Offers(c.Procedure.Procedure, unit, today)).ToList();
        switch (recognition.Kind)
        {
            case RecognitionKind.Command when recognition.Command == CommandKind.SearchAnswers:
                await reply.SendAsync(await answers.Value.CardAsync(unit.JurisdictionCode, recognition.SearchText, ct), ct);
                return TextRoute.Answered;
            case RecognitionKind.Command:
                return await CommandAsync(reply, person, unit, recognition, ct);
            case RecognitionKind.Procedure when recognition.Match is { } match:
                return await StartAsync(reply, person, match.Procedure, match.SubCase?.Code, text, callPerson, ct);
            case RecognitionKind.Ambiguous when recognition.Band == ConfidenceBand.High && choices is [{ Procedure: { } only }]
                && choices[0].Kind != UtteranceKind.Facts:
                // Several procedures serve the kind, but the unit may file one of them: that is the one meant.
                return await StartAsync(reply, person, only.Procedure, only.SubCase?.Code, text, callPerson, ct);
            case RecognitionKind.Ambiguous when choices.Count > 0:
                await reply.SendAsync(ChoiceCard.Create(CardText.Get(recognition.Band == ConfidenceBand.Middle ? "DidYouMean" : "WhichProcedure"),
                    choices, withHuman: choices.Count == 1), ct);
                return TextRoute.Answered;
            case RecognitionKind.InfoQuestion when recognition.Match is { } asked:
                var canFile = await contexts.CreateAsync(person, asked.Procedure.Code, true, ct) is not null;
                await reply.SendAsync(ProcedureInfoCard.Create(asked.Procedure, recognition.Topic, dates.For(asked.Procedure), canFile, dates.About(asked.Procedure)), ct);
                return TextRoute.Answered;
            case RecognitionKind.NotOffered when recognition.Missing is { } missing:
                await reply.SendAsync(ChoiceCard.Create(CardText.Get("NotOfferedTitle"), choices,
                    CardText.Get("NotOffered", null, dates.JurisdictionName(unit.JurisdictionCode), UnderstandingLabels.Vietnamese(missing)), withHuman: true), ct);
                return TextRoute.Answered;
        }

        // Not understood: the nearest procedures, or the way to the list when the words are out of scope; never the whole menu.
        await reply.SendAsync(ChoiceCard.Create(CardText.Get("NotUnderstoodTitle"), choices.Count > 0 ? choices : [new Suggestion(UtteranceKind.Menu)],
            choices.Count > 0 ? CardText.Get("NearestProcedures") : null, withHuman: true), ct);
        return TextRoute.NotUnderstood;
    }

    private async Task<TextRoute> CommandAsync(ConversationReply reply, PersonRoles person, Unit unit, Recognition recognition, CancellationToken ct)
    {
        switch (recognition.Command)
        {
            case CommandKind.MyCases or CommandKind.Queue or CommandKind.LookUp when reply.IsShared:
                await reply.SendAsync(CaseLookup.PrivateOnly(), ct);
                return TextRoute.Answered;
            case CommandKind.Cancel:
                await sessions.DeleteAsync(person.Person.Id, ct);
                await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("NothingToCancel")), ct);
                return TextRoute.Answered;
            case CommandKind.Resume when await sessions.LoadAsync(person.Person.Id, ct) is { Session.IsOpen: true } open
                && await contexts.CreateAsync(person, open.Session.ProcedureCode, reply.Channel.ShowsCards, ct) is { } form:
                await flow.Value.OnActionAsync(reply, form, open.Session, open.Version, CardData.ResumeForm, default, ct);
                return TextRoute.Answered;
            case CommandKind.Resume:
                await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("NothingToCancel")), ct);
                return TextRoute.Menu;
            case CommandKind.Help:
                await reply.SendAsync(HelpCard.Create([.. dates.OfferedTo(unit)]), ct);
                return TextRoute.Answered;
            case CommandKind.MyCases:
                await reply.SendAsync(await lookup.Value.MyCasesAsync(person, 0, ct), ct);
                return TextRoute.Answered;
            case CommandKind.Queue:
                await reply.SendAsync(await queue.Value.ShowAsync(person, new QueueRequest(), reply.Channel.ShowsCards, ct), ct);
                return TextRoute.Answered;
            case CommandKind.LookUp:
                await reply.SendAsync(recognition.CaseCode is { } code ? await lookup.Value.LookUpAsync(person, code, reply.Channel.ShowsCards, ct)
                    : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("AskCaseCode")), ct);
                return TextRoute.Answered;
            case CommandKind.Human:
                return TextRoute.Human;
            default:
                return TextRoute.Menu; // menu, greeting, back: the menu answers
        }
    }

    /// <summary>Starts the procedure's form; a critical incident told in words also calls a person.</summary>
    private async Task<TextRoute> StartAsync(
        ConversationReply reply, PersonRoles person, Procedure procedure, string? subCase, string text, Func<CancellationToken, Task> callPerson, CancellationToken ct)
    {
        var ctx = await contexts.CreateAsync(person, procedure.Code, reply.Channel.ShowsCards, ct);
        if (ctx is null)
        {
            await notices.RefusedAsync(reply, contexts.Refusal(procedure.Code), ct);
            return TextRoute.Answered;
        }

        var known = new Dictionary<string, string>();
        var critical = false;
        if (procedure.Flow == ProcedureFlow.IncidentInterview)
        {
            var report = incidents.Read(text, clock.GetUtcNow());
            known = IncidentAnswers.From(report, procedure);
            critical = report.Severity.Severity == IncidentSeverity.High;
            await notices.IncidentUnderstoodAsync(reply, report, ct);
        }

        if (critical)
        {
            await callPerson(ct);
        }

        await flow.Value.StartAsync(reply, ctx, subCase, known, ct);
        return critical ? TextRoute.CriticalIncident : TextRoute.Answered;
    }
}
