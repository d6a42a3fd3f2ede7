using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A message while a form is open: "hủy" cancels it, "tiếp tục" shows where it stands (the answer to "Tiếp tục?"), an Excel list answers its annex list, typed words (or "quay lại")
/// answer the question it asks. Anything the form does not wait for goes on to the next steps. The flow and its editors are
/// made only when a form is open.
/// </summary>
public sealed class OpenFormStep(
    FormSessions sessions, FormContexts contexts, Lazy<FormFlow> flow, Lazy<RowEditor> rows, Lazy<AttachmentReader> attachments) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is not null && !turn.Joined;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Person is not { } person
            || await sessions.LoadAsync(person.Person.Id, cancellationToken) is not { Session.IsOpen: true } open
            || await contexts.CreateAsync(person, open.Session.ProcedureCode, turn.Channel.ShowsCards, cancellationToken) is not { } ctx)
        {
            return false;
        }

        var (session, version) = open;
        var message = turn.Activity;
        // Only exact commands count here: whatever else is typed may be the answer to the question asked.
        var command = IntentRecognizer.ReadCommand(message.Text ?? "");
        if (command is CommandKind.Cancel or CommandKind.Resume)
        {
            await flow.Value.OnActionAsync(turn.Reply, ctx, session, version, command == CommandKind.Cancel ? CardData.CancelForm : CardData.ResumeForm, default, cancellationToken);
            return true;
        }

        if (command == CommandKind.Human)
        {
            // Asking for a person is no answer to the question: the form stays, and the request carries its answers.
            return false;
        }

        if ((message.Attachments ?? []).FirstOrDefault(AttachmentReader.IsWorkbook) is { } sheet
            && await attachments.Value.OpenAsync(sheet, message, cancellationToken) is { } workbook)
        {
            await using (workbook)
            {
                if (await rows.Value.OnWorkbookAsync(turn.Reply, ctx, session, version, workbook, cancellationToken)) return true;
            }
        }

        return await flow.Value.OnTextAsync(turn.Reply, ctx, session, version, message.Text ?? "", command == CommandKind.Back, message, cancellationToken);
    }
}
