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
/// fails; blocked accounts are skipped and recorded, and a channel whose contact window has closed (Zalo, 7 days) is passed
/// over for the next, or the row waits for the person's next message. Every attempt goes to the delivery log at once, so a
/// row handled again after a crash that followed a successful send is not sent twice. The card is drawn only once a channel
/// is there to take it: most people told of a new case have no conversation with the bot yet, and drawing a case card (the
/// case read, its links signed, its refresh list queried) for a message that only waits was most of the outbox's work.
/// </summary>
public sealed class PersonalDelivery(
    IDirectoryStore directory, IDeliveryLog log, CardReplies replies, IConversationReferenceStore references, ConversationCalls calls, TimeProvider clock)
{
    /// <summary>
    /// Where the card went (null when nowhere), what the outbox makes of the row, and the names of the channels passed
    /// over because the person had not written there recently enough.
    /// </summary>
    public sealed record Outcome(OutboxResult Result, ConversationReference? Reference, string? ActivityId, IReadOnlyList<string> Closed);

    /// <param name="draw">The card as it is to go now; null when there is nothing the person may still be told (the row is cancelled).</param>
    /// <param name="waitForContact">Whether a person who never wrote to the bot keeps the message until he does (else it is dropped).</param>
    /// <param name="sent">What to keep once the channel took the card drawn (where it is shown); on our own Direct Line in the send's transaction.</param>
    public async Task<Outcome> SendAsync(
        OutboxMessage message, Guid recipientId, Func<CancellationToken, Task<Card?>> draw, bool waitForContact,
        Func<ConversationReference, string?, Card, CancellationToken, Task>? sent, CancellationToken ct)
    {
        var (blocked, closed, failures) = (0, new List<string>(), new List<ConnectorFailure>());
        Card? card = null;
        foreach (var account in await directory.ListChannelAccountsAsync([recipientId], null, ct))
        {
            var channel = ChannelRegistry.For(account.ChannelId);
            if (account.BlockedAt is not null)
            {
                blocked++;
                continue;
            }

            if (!channel.KeepsConversations || await PersonalConversationAsync(account, ct) is not { } reference)
            {
                continue;
            }

            if (channel.ContactWindow is { } window && account.LastSeenAt + window < clock.GetUtcNow())
            {
                closed.Add(channel.Name);
                await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Failed, "Outside the channel's contact window.", ct);
                continue;
            }

            if ((card ??= await draw(ct)) is not { } drawn)
            {
                return new(OutboxResult.Cancelled("Nothing the recipient may still be told (the case is gone or no longer his to see)."), null, null, closed);
            }

            string? activityId = null;
            if (await calls.TryAsync(reference, message,
                async (turn, token) => activityId = (await turn.SendActivityAsync(replies.ToActivity(drawn, channel), token)).Id,
                async token =>
                {
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Sent, null, token);
                    if (sent is not null) await sent(reference, activityId, drawn, token);
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
                    if (failure.AwaitsContact) closed.Add(channel.Name);
                    else failures.Add(failure);
                    await RecordAsync(message, recipientId, account.ChannelId, DeliveryOutcome.Failed, failure.Detail, ct);
                }

                continue;
            }

            return new(OutboxResult.Done(), reference, activityId, closed);
        }

        return new(await UndeliveredAsync(message, recipientId, waitForContact, blocked, closed, failures, ct), null, null, closed);
    }

    private async Task<OutboxResult> UndeliveredAsync(
        OutboxMessage message, Guid recipientId, bool waitForContact, int blocked, List<string> closed, List<ConnectorFailure> failures, CancellationToken ct)
    {
        if (failures.Any(f => !f.Permanent))
        {
            return OutboxResult.Retry(string.Join("; ", failures.Select(f => f.Detail)), failures.Max(f => f.RetryAfter));
        }

        if (closed.Count > 0 && waitForContact)
        {
            return OutboxResult.AwaitingContact($"Outside the contact window of {string.Join(", ", closed)}; waits for the recipient's next message.");
        }

        if (failures.Count > 0)
        {
            return OutboxResult.Failed(string.Join("; ", failures.Select(f => f.Detail)));
        }

        if (blocked > 0)
        {
            return OutboxResult.Blocked("The recipient blocked the bot on every channel.");
        }

        // Never talked to the bot yet: the message waits for his first one (PersonResolver releases it), unless it is worth nothing late.
        await RecordAsync(message, recipientId, null, DeliveryOutcome.NoChannel, null, ct);
        return waitForContact
            ? OutboxResult.AwaitingContact("The recipient has no conversation with the bot on any channel yet.")
            : OutboxResult.Cancelled(closed.Count > 0
                ? "The recipient is out of reach now; this message is not kept for later."
                : "The recipient has no conversation with the bot; this message is not kept for later.");
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
