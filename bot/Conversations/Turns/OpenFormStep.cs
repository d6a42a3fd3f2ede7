using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A message while a form is open: "hủy" cancels it, an Excel list answers its annex list, typed words (or "quay lại")
/// answer the question it asks. Anything the form does not wait for goes on to the next steps.
/// </summary>
public sealed class OpenFormStep(FormSessions sessions, FormContexts contexts, FormFlow flow, IntentRecognizer recognizer, AttachmentReader attachments) : ITurnStep
{
    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Joined || turn.Person is not { } person
            || await sessions.LoadAsync(person.Person.Id, cancellationToken) is not { Session.IsOpen: true } open
            || await contexts.CreateAsync(person, open.Session.ProcedureCode, turn.Channel.ShowsCards, cancellationToken) is not { } ctx)
        {
            return false;
        }

        var (session, version) = open;
        var message = turn.Activity;
        var command = recognizer.Recognize(message.Text ?? "", ctx.Unit.JurisdictionCode) is { Kind: RecognitionKind.Command } said ? said.Command : null;
        if (command == CommandKind.Cancel)
        {
            await flow.OnActionAsync(turn.Reply, ctx, session, version, CardData.CancelForm, default, cancellationToken);
            return true;
        }

        if ((message.Attachments ?? []).FirstOrDefault(AttachmentReader.IsWorkbook) is { } sheet
            && await attachments.OpenAsync(sheet, message, cancellationToken) is { } workbook)
        {
            await using (workbook)
            {
                if (await flow.OnWorkbookAsync(turn.Reply, ctx, session, version, workbook, cancellationToken)) return true;
            }
        }

        return await flow.OnTextAsync(turn.Reply, ctx, session, version, message.Text ?? "", command == CommandKind.Back, message, cancellationToken);
    }
}
