using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Sends one person's message proactively, drawn from the store as it stands now, through his channels
/// (<see cref="NotificationChannels"/>). Every attempt goes to the delivery log at once, so a row handled again after a
/// crash that followed a successful send is not sent twice.
/// </summary>
public sealed class NotificationDeliverer(
    IDirectoryStore directory, IDeliveryLog log, NotificationCards cards, NotificationChannels channels, IOptions<OutboxOptions> options, TimeProvider clock)
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

        if (await cards.ForAsync(n, viewer, cancellationToken) is not { } card)
        {
            return OutboxResult.Cancelled("Nothing the recipient may still be told (the case is gone or no longer his to see).");
        }

        return await channels.DeliverAsync(message, n, card, viewer.Person, cancellationToken);
    }
}
