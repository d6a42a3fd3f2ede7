using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Tries one person's channels for a message, the one he used last first: blocked accounts are skipped and recorded, a
/// channel whose contact window has closed (Zalo, 7 days) is passed over for the next, and the case's timeline says
/// where the message went instead or that it waits for his next message. Every attempt goes to the delivery log at once.
/// </summary>
public sealed class NotificationChannels(
    IDirectoryStore directory, IDeliveryLog log, CardReplies replies, IConversationReferenceStore references, ConversationCalls calls,
    CaseCardTracker tracker, CaseDeliveryNotes notes, TimeProvider clock)
{
    public async Task<OutboxResult> DeliverAsync(OutboxMessage message, NotificationPayload n, Card card, Person recipient, CancellationToken ct)
    {
        var (blocked, closed, failures) = (0, new List<string>(), new List<ConnectorFailure>());
        foreach (var account in await directory.ListChannelAccountsAsync([n.RecipientId], null, ct))
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
                await RecordAsync(message, n, account.ChannelId, DeliveryOutcome.Failed, "Outside the channel's contact window.", ct);
                continue;
            }

            string? sent = null;
            if (await calls.TryAsync(reference,
                async (turn, token) => sent = (await turn.SendActivityAsync(replies.ToActivity(card, channel), token)).Id,
                async token =>
                {
                    await RecordAsync(message, n, account.ChannelId, DeliveryOutcome.Sent, null, token);
                    // A case card is kept current from now on, wherever the channel edits messages.
                    await tracker.TrackAsync(reference.ChannelId, reference.Conversation, card, sent, token);
                }, ct) is { } failure)
            {
                if (failure.BlockedReason is { } reason)
                {
                    blocked++;
                    await directory.MarkBlockedAsync(account.ChannelId, account.AccountId, clock.GetUtcNow(), ct);
                    await RecordAsync(message, n, account.ChannelId, DeliveryOutcome.Blocked, reason, ct);
                    continue;
                }

                if (failure.AwaitsContact) closed.Add(channel.Name);
                else failures.Add(failure);
                await RecordAsync(message, n, account.ChannelId, DeliveryOutcome.Failed, failure.Detail, ct);
                continue;
            }

            await NoteAsync(n, closed, () => NotificationText.Get("DeliveredElsewhere", null, recipient.FullName, string.Join(", ", closed), channel.Name), ct);
            return OutboxResult.Done();
        }

        return await UndeliveredAsync(message, n, recipient, blocked, closed, failures, ct);
    }

    private async Task<OutboxResult> UndeliveredAsync(
        OutboxMessage message, NotificationPayload n, Person recipient, int blocked, List<string> closed, List<ConnectorFailure> failures, CancellationToken ct)
    {
        if (failures.Any(f => !f.Permanent))
        {
            return OutboxResult.Retry(string.Join("; ", failures.Select(f => f.Detail)), failures.Max(f => f.RetryAfter));
        }

        // A reminder is worth nothing late: it is not kept for a person out of reach now.
        if (closed.Count > 0 && n.Kind != NotificationKind.Reminder)
        {
            await NoteAsync(n, closed, () => NotificationText.Get("DeliveryHeld", null, recipient.FullName, string.Join(", ", closed)), ct);
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

        // Never talked to the bot yet: the message waits for his first one (PersonResolver releases it), except a reminder,
        // which is worth nothing late.
        await RecordAsync(message, n, null, DeliveryOutcome.NoChannel, null, ct);
        return n.Kind == NotificationKind.Reminder
            ? OutboxResult.Cancelled(closed.Count > 0 ? "A reminder is not kept for a recipient out of reach now." : "The recipient has no conversation with the bot; a reminder is not kept for later.")
            : OutboxResult.AwaitingContact("The recipient has no conversation with the bot on any channel yet.");
    }

    /// <summary>Says on the case's timeline that a channel could not be used, when one could not and the message is about a case.</summary>
    private Task NoteAsync(NotificationPayload n, List<string> closed, Func<string> note, CancellationToken ct) =>
        closed.Count > 0 && n.CaseId is { } caseId ? notes.NoteAsync(caseId, note(), ct) : Task.CompletedTask;

    /// <summary>The person's own conversation on that channel; group chats and team channels are never used for one person's messages.</summary>
    private async Task<ConversationReference?> PersonalConversationAsync(Core.Directory.ChannelAccount account, CancellationToken ct) =>
        (await references.FindByUserAsync(account.ChannelId, account.AccountId, ct)).FirstOrDefault(r => r.Conversation?.IsShared() == false);

    private Task RecordAsync(OutboxMessage message, NotificationPayload n, string? channelId, DeliveryOutcome outcome, string? detail, CancellationToken ct) =>
        log.RecordAsync(new DeliveryRecord
        {
            OutboxMessageId = message.Id, PersonId = n.RecipientId, ChannelId = channelId, Outcome = outcome, At = clock.GetUtcNow(), Detail = detail,
        }, ct);
}
