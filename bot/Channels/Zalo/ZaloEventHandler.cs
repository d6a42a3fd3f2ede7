using System.Text;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Processes one kept webhook event (topic <see cref="ZaloInbox.Topic"/>): the user's messages, follows and shared phone
/// numbers become turns; an unfollow marks his account so nothing more is sent there; an echo of a message the bot did
/// not send means a person typed in the OA's own chat, who then has the conversation and the bot stays silent. A failure
/// leaves the row to the outbox's retries, in the user's order.
/// </summary>
public sealed class ZaloEventHandler(
    ZaloTurns turns, IDirectoryStore directory, IInboundLedger ledger, IHumanTakeover takeovers, IOptions<ZaloOptions> options, TimeProvider clock,
    ILogger<ZaloEventHandler> logger) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (ZaloEventReader.Read(Encoding.UTF8.GetBytes(message.Payload)) is not { UserId: { } user } e)
        {
            return OutboxResult.Failed("Unreadable Zalo event.");
        }

        switch (e.Kind)
        {
            case ZaloEventKind.UserMessage or ZaloEventKind.Follow or ZaloEventKind.SharedInfo:
                await turns.RunAsync(e, cancellationToken);
                break;
            case ZaloEventKind.Unfollow:
                await directory.MarkBlockedAsync(ChannelIds.Zalo, user, clock.GetUtcNow(), cancellationToken);
                logger.LogInformation("Zalo: a user stopped following the OA; nothing more is sent to him there.");
                break;
            case ZaloEventKind.OaEcho when e.MessageId is { } id && await ledger.TryRecordAsync(ZaloApiClient.SentChannel, id, clock.GetUtcNow(), cancellationToken):
                // Not one the bot sent: a person of the agency wrote from the OA's chat and has the conversation for now.
                await takeovers.TakeOverAsync(ChannelIds.Zalo, user, clock.GetUtcNow() + options.Value.TakeoverPause, cancellationToken);
                logger.LogInformation("Zalo: a person replied from the OA's own chat; the bot stays silent with this user for {Pause}.", options.Value.TakeoverPause);
                break;
            default:
                logger.LogDebug("Zalo: event {Event} needs nothing.", e.Name);
                break;
        }

        return OutboxResult.Done();
    }
}
