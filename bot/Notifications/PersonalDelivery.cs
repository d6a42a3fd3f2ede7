using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Sends one outbox row's card to one person proactively: on the channel he used last, falling back to the next when one
/// fails; blocked accounts are skipped and recorded. Every attempt goes to the delivery log at once, so a row handled
/// again after a crash that followed a successful send is not sent twice.
/// </summary>
public sealed class PersonalDelivery(
    IDirectoryStore directory, IDeliveryLog log, CardReplies replies, IConversationReferenceStore references, ConversationCalls calls, TimeProvider clock)
{
    /// <summary>Where the card went (null when nowhere) and what the outbox makes of the row.</summary>
    public sealed record Outcome(OutboxResult Result, ConversationReference? Reference, string? ActivityId);

    /// <param name="waitForContact">Whether a person who never wrote to the bot keeps the message until he does (else it is dropped).</param>
    /// <param name="sent">What to keep once the channel took the card (where it is shown); on our own Direct Line in the send's transaction.</param>
    public async Task<Outcome> SendAsync(
        OutboxMessage message, Guid recipientId, Card card, bool waitForContact, Func<ConversationReference, string?, CancellationToken, Task>? sent, CancellationToken ct)
    {
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

            string? activityId = null;
            if (await calls.TryAsync(reference,
                async (turn, token) => activityId = (await turn.SendActivityAsync(replies.ToActivity(card, ChannelRegistry.For(reference.ChannelId)), token)).Id,
                async token =>
                {
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Sent, null, token);
                    if (sent is not null) await sent(reference, activityId, token);
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

            return new(OutboxResult.Done(), reference, activityId);
        }

        if (failures.Count > 0)
        {
            return new(OutboxResult.Retry(string.Join("; ", failures.Select(f => f.Detail)), failures.Max(f => f.RetryAfter)), null, null);
        }

        if (blocked > 0)
        {
            return new(OutboxResult.Blocked("The recipient blocked the bot on every channel."), null, null);
        }

        // Never talked to the bot yet: the message waits for his first one (PersonResolver releases it), unless it is worth nothing late.
        await RecordAsync(message, recipientId, null, DeliveryOutcome.NoChannel, null, ct);
        return new(waitForContact
            ? OutboxResult.AwaitingContact("The recipient has no conversation with the bot on any channel yet.")
            : OutboxResult.Cancelled("The recipient has no conversation with the bot; this message is not kept for later."), null, null);
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
