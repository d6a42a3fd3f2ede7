using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// Files a reviewed form as a case, once: the case and the session saved "submitted" commit together
/// over the session's version (a second press loses), the case takes the session's id (a retry finds
/// it), and "sent" is said only after the case is committed.
/// </summary>
public sealed class FormSubmission(FormSessions sessions, FormAnswerReader reader, CaseService cases, CaseCards cards, FormReplies replies, FormPrompts prompts)
{
    public async Task SubmitAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, CancellationToken ct)
    {
        if (session.Stage is not (FormStage.Reviewing or FormStage.Submitting))
        {
            await replies.FormGoneAsync(reply, session, ct);
            return;
        }

        var personId = ctx.Person.Person.Id;
        var (answers, errors) = Answers(ctx, session);
        if (errors.Count > 0)
        {
            var back = session with { Stage = FormStage.Filling };
            if (await sessions.SaveAsync(personId, back, version, ct) is null)
            {
                return; // another press moved this form first
            }

            await reply.SendAsync(prompts.For(ctx, back, errors), ct);
            return;
        }

        Case filed;
        try
        {
            // Opened, sent and the session saved "submitted" with the case's code, all in one durable commit: a second
            // press of this form finds the session's version gone and files nothing. The person is the one this turn read.
            // Only a form left "submitting" (by a version that claimed it before filing) may have its case already.
            var mark = sessions.Mark(personId, version, c => session with { Stage = FormStage.Submitted, SubmittedCode = c.Code });
            filed = await cases.FileAsync(ctx.Person, new DraftRequest(personId, ctx.Procedure.Code, session.SubCaseCode, answers)
            {
                CaseId = session.Id, MayBeFiled = session.Stage == FormStage.Submitting, Files = session.Files, Mark = mark,
            }, ct);
        }
        catch (FilingMarkLostException)
        {
            return; // another press filed this form, or moved it
        }
        catch (Exception e) when (e is FilingException or WorkflowException or CaseConflictException)
        {
            await replies.RefusedAsync(reply, e.Message, ct);
            return;
        }
        finally
        {
            sessions.Forget(personId);
        }

        var headline = filed.Status == CaseStatus.AwaitingConfirmation ? CardText.Get("CaseAwaitingConfirmation", null, filed.Code!) : CardText.Get(filed.IsQuestion ? "QuestionSubmitted" : "CaseSubmitted", null, filed.Code!);
        // The case card as it is now for its requester: with his files' links and what he may still do (withdraw).
        await reply.ReplaceAsync(await cards.ForViewerAsync(ctx.Person, filed, headline, reply.Channel, ct), ct, session.ShownActivityId);
    }

    /// <summary>Every answer checked again on the server, whatever the cards (or the agent console) said.</summary>
    public (FormAnswers Answers, Dictionary<string, string> Errors) Answers(FormContext ctx, FormSession session)
    {
        var answers = FormAnswers.Empty;
        var errors = new Dictionary<string, string>();
        foreach (var field in ctx.Fields(session).Where(f => f.Type != FieldType.File))
        {
            var check = reader.Read(field, session.Values.GetValueOrDefault(field.Name), ctx.OptionsFor(field));
            if (!check.Ok) errors[field.Name] = check.Error!;
            else if (check.Value is { } value) answers = answers.With(field.Name, value);
        }

        foreach (var field in ctx.Fields(session).Where(f => f.Type == FieldType.File && f.Required && session.Files.All(x => x.FieldName != f.Name)))
        {
            errors[field.Name] = Core.Forms.ValidationText.Get("Required", Core.Forms.ValidationText.Label(field));
        }

        // What the sub-case fixes instead of asking (Mẫu 02's kind of change) goes in with the answers.
        return (FormPlan.Complete(ctx.Procedure, session.SubCaseCode, answers), errors);
    }
}
