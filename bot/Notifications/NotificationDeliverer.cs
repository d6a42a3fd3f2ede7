using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Model;
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
    IDirectoryStore directory, IDeliveryLog log, NotificationCards cards, PersonalDelivery delivery, CaseCardTracker tracker, IOptions<OutboxOptions> options, TimeProvider clock)
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

        // Written in the language he chose, whatever channel it goes to.
        ResourceTexts.Use(viewer.Person.Language);
        if (await cards.ForAsync(n, viewer, cancellationToken) is not { } card)
        {
            return OutboxResult.Cancelled("Nothing the recipient may still be told (the case is gone or no longer his to see).");
        }

        return await DeliverAsync(message, n, card, cancellationToken);
    }

    private async Task<OutboxResult> DeliverAsync(OutboxMessage message, NotificationPayload n, Card card, CancellationToken ct) =>
        // A reminder is worth nothing late: it does not wait for a person who never wrote to the bot. A case card is kept
        // current from now on, wherever the channel edits messages.
        (await delivery.SendAsync(message, n.RecipientId, card, waitForContact: n.Kind != NotificationKind.Reminder,
            (reference, activityId, token) => tracker.TrackAsync(reference.ChannelId, reference.Conversation, card, activityId, token), ct)).Result;
}
