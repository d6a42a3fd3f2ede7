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
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Sends one person's message proactively: on the channel he used last, falling back to the next when one fails;
/// blocked accounts are skipped and recorded. Every attempt goes to the delivery log at once, so a row handled
/// again after a crash that followed a successful send is not sent twice.
/// </summary>
public sealed class NotificationDeliverer(
    IDirectoryStore directory, IDeliveryLog log, NotificationCards cards, CardReplies replies,
    IConversationReferenceStore references, ConversationCalls calls, CaseCardTracker tracker, IOptions<OutboxOptions> options, TimeProvider clock)
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

        return await DeliverAsync(message, n, card, cancellationToken);
    }

    private async Task<OutboxResult> DeliverAsync(OutboxMessage message, NotificationPayload n, Card card, CancellationToken ct)
    {
        var recipientId = n.RecipientId;
        var blocked = 0;
        var failures = new List<ConnectorFailure>();
        foreach (var account in await directory.ListChannelAccountsAsync([recipientId], null, ct))
        {
            if (account.BlockedAt is not null)
            {
                blocked++;
                continue;
            }

            if (!ChannelRegistry.For(account.ChannelId).KeepsConversations || await PersonalConversationAsync(account, ct) is not { } reference)
            {
                continue;
            }

            string? sent = null;
            if (await calls.TryAsync(reference,
                async (turn, token) => sent = (await turn.SendActivityAsync(replies.ToActivity(card, ChannelRegistry.For(reference.ChannelId)), token)).Id,
                async token =>
                {
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Sent, null, token);
                    // A case card is kept current from now on, wherever the channel edits messages.
                    await tracker.TrackAsync(reference.ChannelId, reference.Conversation, card, sent, token);
                }, ct) is { } failure)
            {
                if (failure.BlockedReason is { } reason)
                {
                    blocked++;
                    await directory.MarkBlockedAsync(account.ChannelId, account.AccountId, clock.GetUtcNow(), ct);
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Blocked, reason, ct);
                }
                else
                {
                    failures.Add(failure);
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Failed, failure.Detail, ct);
                }

                continue;
            }

            return OutboxResult.Done();
        }

        if (failures.Count > 0)
        {
            return OutboxResult.Retry(string.Join("; ", failures.Select(f => f.Detail)), failures.Max(f => f.RetryAfter));
        }

        if (blocked > 0)
        {
            return OutboxResult.Blocked("The recipient blocked the bot on every channel.");
        }

        // Never talked to the bot yet: the message waits for his first one (PersonResolver releases it), except a reminder,
        // which is worth nothing late.
        await RecordAsync(message, recipientId, null, DeliveryOutcome.NoChannel, null, ct);
        return n.Kind == NotificationKind.Reminder
            ? OutboxResult.Cancelled("The recipient has no conversation with the bot; a reminder is not kept for later.")
            : OutboxResult.AwaitingContact("The recipient has no conversation with the bot on any channel yet.");
    }

    /// <summary>The person's own conversation on that channel; group chats and team channels are never used for one person's messages.</summary>
    private async Task<ConversationReference?> PersonalConversationAsync(Core.Directory.ChannelAccount account, CancellationToken ct) =>
        (await references.FindByUserAsync(account.ChannelId, account.AccountId, ct))
            .FirstOrDefault(r => r.Conversation?.IsShared() == false);

    private Task RecordAsync(OutboxMessage message, Guid recipientId, string? channelId, DeliveryOutcome outcome, string? detail, CancellationToken ct) =>
        log.RecordAsync(new DeliveryRecord
        {
            OutboxMessageId = message.Id, PersonId = recipientId, ChannelId = channelId, Outcome = outcome, At = clock.GetUtcNow(), Detail = detail,
        }, ct);
}
