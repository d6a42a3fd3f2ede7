using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Text;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Sends one person's notification (<see cref="PersonalDelivery"/>), drawn from the store as it stands when it goes out;
/// a case card sent is kept current from then on.
/// </summary>
public sealed class NotificationDeliverer(
    IDirectoryStore directory, IDeliveryLog log, NotificationCards cards, PersonalDelivery delivery, CaseCardTracker tracker, CaseDeliveryNotes notes,
    IOptions<OutboxOptions> options, TimeProvider clock)
    : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await log.WasSentAsync(message.Id, cancellationToken))
        {
            return OutboxResult.Done();
        }

        if (NotificationPayload.Read(message) is not { } n)
        {
            return OutboxResult.Failed("Unreadable notification payload.");
        }

        if (message.CreatedAt < clock.GetUtcNow() - options.Value.HoldForContact)
        {
            return OutboxResult.Cancelled("Waited longer than Outbox:HoldForContact for the recipient's first message.");
        }

        if (await directory.GetPersonRolesAsync(n.RecipientId, cancellationToken) is not { } viewer)
        {
            return OutboxResult.Cancelled("The recipient is not an active person of the directory.");
        }

        // Written in the language he chose, whatever channel it goes to; drawn only once a channel is there to take it.
        ResourceTexts.Use(viewer.Person.Language);
        var outcome = await delivery.SendAsync(message, n.RecipientId, token => cards.ForAsync(n, viewer, token),
            waitForContact: n.Kind != NotificationKind.Reminder, (reference, activityId, card, token) =>
                // A case card is kept current from now on, wherever the channel edits messages.
                tracker.TrackAsync(reference.ChannelId, reference.Conversation, card, activityId, token), cancellationToken);
        await notes.NoteAsync(n.CaseId, viewer.Person.FullName, outcome, cancellationToken);
        return outcome.Result;
    }
}
