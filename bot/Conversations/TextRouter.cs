using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Questions;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
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
    FormReplies notices, CaseLookup lookup, CaseQueue queue, ProcedureDates dates, TimeProvider clock, AnswerSearch answers)
{
    /// <summary>
    /// Answers the words, or says what is left to do (the menu, a person). A critical incident told in words calls a person
    /// (<paramref name="callPerson"/>) before its form starts, so that the form is what he answers next.
    /// </summary>
    public async Task<TextRoute> RouteAsync(ConversationReply reply, PersonRoles person, Unit unit, string text, Func<CancellationToken, Task> callPerson, CancellationToken ct)
    {
        var recognition = recognizer.Recognize(text, unit.JurisdictionCode);
        switch (recognition.Kind)
        {
            case RecognitionKind.Command when recognition.Command == CommandKind.SearchAnswers:
                await reply.SendAsync(await answers.CardAsync(unit.JurisdictionCode, recognition.SearchText, ct), ct);
                return TextRoute.Answered;
            case RecognitionKind.Command:
                return await CommandAsync(reply, person, recognition, ct);
            case RecognitionKind.Procedure when recognition.Match is { } match:
                return await StartAsync(reply, person, match.Procedure, match.SubCase?.Code, text, callPerson, ct);
            case RecognitionKind.Ambiguous:
                // Only what this unit may file is offered; when that leaves one, it is the one meant.
                var fileable = recognition.Candidates.Where(c => c.Procedure.IsFiledBy(unit.Level)).ToList();
                if (fileable.Count == 1) return await StartAsync(reply, person, fileable[0].Procedure, fileable[0].SubCase?.Code, text, callPerson, ct);
                await reply.SendAsync(ChoiceCard.Create((fileable.Count > 0 ? fileable : recognition.Candidates).Select(c => (c.Procedure, c.SubCase))), ct);
                return TextRoute.Answered;
            case RecognitionKind.InfoQuestion when recognition.Match is { } asked:
                var canFile = await contexts.CreateAsync(person, asked.Procedure.Code, true, ct) is not null;
                await reply.SendAsync(ProcedureInfoCard.Create(asked.Procedure, recognition.Topic, dates.For(asked.Procedure), canFile), ct);
                return TextRoute.Answered;
        }

        // Plain words about an incident ("máy kế toán bị nhiễm mã độc từ sáng nay") start the incident report.
        var report = incidents.Read(text, clock.GetUtcNow());
        if (report.Kind != IncidentKind.Other && IncidentProcedure(unit) is { } incident)
        {
            return await StartAsync(reply, person, incident, null, text, callPerson, ct);
        }

        await reply.SendAsync(HelpCard.Create(notUnderstood: true), ct);
        return TextRoute.NotUnderstood;
    }

    private async Task<TextRoute> CommandAsync(ConversationReply reply, PersonRoles person, Recognition recognition, CancellationToken ct)
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
            case CommandKind.Help:
                await reply.SendAsync(HelpCard.Create(notUnderstood: false), ct);
                return TextRoute.Answered;
            case CommandKind.MyCases:
                await reply.SendAsync(await lookup.MyCasesAsync(person, ct), ct);
                return TextRoute.Answered;
            case CommandKind.Queue:
                await reply.SendAsync(await queue.ShowAsync(person, null, null, reply.Channel.ShowsCards, ct), ct);
                return TextRoute.Answered;
            case CommandKind.LookUp:
                await reply.SendAsync(recognition.CaseCode is { } code ? await lookup.LookUpAsync(person, code, reply.Channel.ShowsCards, ct)
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
            await notices.RefusedAsync(reply, CardText.Get("ProcedureNotAvailable"), ct);
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

        await flow.StartAsync(reply, ctx, subCase, known, ct);
        return critical ? TextRoute.CriticalIncident : TextRoute.Answered;
    }

    /// <summary>The jurisdiction's urgent incident procedure, if its catalog has one.</summary>
    private Procedure? IncidentProcedure(Unit unit) =>
        contexts.Catalog.ForJurisdiction(unit.JurisdictionCode).FirstOrDefault(p => p.Flow == ProcedureFlow.IncidentInterview && p.Urgent);
}
