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
/// What typed words ask for, when no form question is waiting for them: a command, a procedure
/// (ask which one when several fit), a question about a procedure, an incident told in plain words;
/// anything else gets help and the menu — never a dead end.
/// </summary>
public sealed class TextRouter(
    IntentRecognizer recognizer, IncidentReportReader incidents, FormContexts contexts, FormFlow flow, FormSessions sessions,
    FormReplies notices, CaseLookup lookup, CaseQueue queue, ProcedureDates dates, TimeProvider clock, AnswerSearch answers, SystemEventAnswers events)
{
    /// <summary>Answers the words; returns false when the menu is the answer.</summary>
    public async Task<bool> RouteAsync(ConversationReply reply, PersonRoles person, Unit unit, string text, CancellationToken ct)
    {
        // "Vì sao hộp thư của tôi bị khóa?" is about something the system did, not a request: explained from the catalog.
        if (await events.TryAnswerAsync(reply, person, unit, text, ct))
        {
            return true;
        }

        var recognition = recognizer.Recognize(text, unit.JurisdictionCode);
        switch (recognition.Kind)
        {
            case RecognitionKind.Command when recognition.Command == CommandKind.SearchAnswers:
                await reply.SendAsync(await answers.CardAsync(unit.JurisdictionCode, recognition.SearchText, ct), ct);
                return true;
            case RecognitionKind.Command:
                return await CommandAsync(reply, person, recognition, ct);
            case RecognitionKind.Procedure when recognition.Match is { } match:
                await StartAsync(reply, person, match.Procedure, match.SubCase?.Code, text, ct);
                return true;
            case RecognitionKind.Ambiguous:
                // Only what this unit may file is offered; when that leaves one, it is the one meant.
                var fileable = recognition.Candidates.Where(c => contexts.Catalog.Offers(c.Procedure, unit, VietnamTime.Today(clock))).ToList();
                if (fileable.Count == 1) await StartAsync(reply, person, fileable[0].Procedure, fileable[0].SubCase?.Code, text, ct);
                else await reply.SendAsync(ChoiceCard.Create((fileable.Count > 0 ? fileable : recognition.Candidates).Select(c => (c.Procedure, c.SubCase))), ct);
                return true;
            case RecognitionKind.InfoQuestion when recognition.Match is { } asked:
                var canFile = await contexts.CreateAsync(person, asked.Procedure.Code, true, ct) is not null;
                await reply.SendAsync(ProcedureInfoCard.Create(asked.Procedure, recognition.Topic, dates.For(asked.Procedure), canFile, dates.About(asked.Procedure)), ct);
                return true;
        }

        // Plain words about an incident ("máy kế toán bị nhiễm mã độc từ sáng nay") start the incident report.
        var report = incidents.Read(text, clock.GetUtcNow());
        if (report.Kind != IncidentKind.Other && IncidentProcedure(unit) is { } incident)
        {
            await StartAsync(reply, person, incident, null, text, ct);
            return true;
        }

        await reply.SendAsync(HelpCard.Create(notUnderstood: true), ct);
        return false;
    }

    private async Task<bool> CommandAsync(ConversationReply reply, PersonRoles person, Recognition recognition, CancellationToken ct)
    {
        switch (recognition.Command)
        {
            case CommandKind.MyCases or CommandKind.Queue or CommandKind.LookUp when reply.IsShared:
                await reply.SendAsync(CaseLookup.PrivateOnly(), ct);
                return true;
            case CommandKind.Cancel:
                await sessions.DeleteAsync(person.Person.Id, ct);
                await reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("NothingToCancel")), ct);
                return true;
            case CommandKind.Help:
                await reply.SendAsync(HelpCard.Create(notUnderstood: false), ct);
                return true;
            case CommandKind.MyCases:
                await reply.SendAsync(await lookup.MyCasesAsync(person, ct), ct);
                return true;
            case CommandKind.Queue:
                await reply.SendAsync(await queue.ShowAsync(person, null, null, reply.Channel.ShowsCards, ct), ct);
                return true;
            case CommandKind.LookUp:
                await reply.SendAsync(recognition.CaseCode is { } code ? await lookup.LookUpAsync(person, code, reply.Channel.ShowsCards, ct)
                    : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("AskCaseCode")), ct);
                return true;
            case CommandKind.Human:
                await notices.HumanAsync(reply, ct);
                return true;
            default:
                return false; // menu, greeting, back: the menu answers
        }
    }

    private async Task StartAsync(ConversationReply reply, PersonRoles person, Procedure procedure, string? subCase, string text, CancellationToken ct)
    {
        var ctx = await contexts.CreateAsync(person, procedure.Code, reply.Channel.ShowsCards, ct);
        if (ctx is null)
        {
            await notices.RefusedAsync(reply, contexts.Refusal(procedure.Code), ct);
            return;
        }

        var known = new Dictionary<string, string>();
        if (procedure.Flow == ProcedureFlow.IncidentInterview)
        {
            var report = incidents.Read(text, clock.GetUtcNow());
            known = IncidentAnswers.From(report, procedure);
            await notices.IncidentUnderstoodAsync(reply, report, ct);
        }

        await flow.StartAsync(reply, ctx, subCase, known, ct);
    }

    /// <summary>The jurisdiction's urgent incident procedure, if its catalog has one.</summary>
    private Procedure? IncidentProcedure(Unit unit) =>
        contexts.Catalog.ForJurisdiction(unit.JurisdictionCode).FirstOrDefault(p => p.Flow == ProcedureFlow.IncidentInterview && p.Urgent);
}
