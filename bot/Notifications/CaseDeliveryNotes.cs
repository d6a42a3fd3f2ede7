using InternalTthc.Bot.Channels;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Notifications;

/// <summary>Writes on a case's timeline how a message about it reached its reader, when it could not go the usual way.</summary>
public sealed class CaseDeliveryNotes(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseDeliveryNotes> logger)
{
    private const int Attempts = 3;

    /// <summary>
    /// When a channel of the recipient was passed over (its contact window closed), says on the case's timeline where the
    /// message went instead, or that it waits for his next message. In Vietnamese: the timeline is the agency's.
    /// </summary>
    public Task NoteAsync(Guid? caseId, string recipientName, PersonalDelivery.Outcome outcome, CancellationToken ct)
    {
        if (caseId is not { } id || outcome.Closed.Count == 0)
        {
            return Task.CompletedTask;
        }

        var closed = string.Join(", ", outcome.Closed);
        return outcome.Reference is { } reference
            ? NoteAsync(id, NotificationText.Get("DeliveredElsewhere", ResourceTexts.Vi, recipientName, closed, ChannelRegistry.For(reference.ChannelId).Name), ct)
            : outcome.Result.Kind == OutboxResultKind.AwaitingContact
                ? NoteAsync(id, NotificationText.Get("DeliveryHeld", ResourceTexts.Vi, recipientName, closed), ct)
                : Task.CompletedTask;
    }

    private async Task NoteAsync(Guid caseId, string note, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            // A scope of its own: the case is read as committed now, and a conflict leaves nothing tracked behind.
            await using var scope = scopes.CreateAsyncScope();
            var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
            if (await cases.FindAsync(caseId, ct) is not { } c)
            {
                return;
            }

            c.Note(clock.GetUtcNow(), note);
            try
            {
                await cases.SaveAsync(c, ct);
                return;
            }
            catch (CaseConflictException) when (attempt < Attempts)
            {
                // Someone changed the case meanwhile: read it again.
            }
            catch (CaseConflictException)
            {
                logger.LogWarning("The delivery note of case {CaseId} was not written: the case kept changing.", caseId);
            }
        }
    }
}
