using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Idempotency;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// Runs the bot for one authenticated activity, whatever channel endpoint received it: stamps callerId, keeps
/// the conversation reference, drops redeliveries, and collects the invoke response. Also starts proactive turns.
/// </summary>
public sealed class BotTurnRunner(
    IBot bot,
    IActivityDeduplicator deduplicator,
    IConversationReferenceStore references,
    ProactiveTurns proactive,
    ILogger<BotTurnRunner> logger)
{
    public async Task<TurnResult> RunAsync(
        Activity activity, BotAuthenticationResult authentication, IChannelSender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(authentication);
        // An inbound callerId is discarded; only authentication may set it.
        activity = activity with { CallerId = authentication.CallerId };
        if (authentication.IsAuthenticated)
        {
            await references.SaveAsync(activity.GetConversationReference(), cancellationToken);
        }

        var channelId = activity.ChannelId ?? string.Empty;
        var activityId = activity.Id;
        if (!string.IsNullOrEmpty(activityId) && !await deduplicator.TryBeginAsync(channelId, activityId, activity.From?.Id, cancellationToken))
        {
            logger.LogInformation("Redelivered {Type} activity {ActivityId} on {ChannelId} was not processed again.",
                activity.Type, activityId, channelId);
            return TurnResult.Redelivered;
        }

        // What the person asked, without how Teams addressed the bot in a group chat or channel.
        var turn = new TurnContext(activity.RemoveRecipientMention(), sender);
        if (authentication.Identity is { } identity)
        {
            turn.TurnState[TurnContext.BotIdentityKey] = identity;
        }

        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch
        {
            // Not acknowledged, so the channel's retry must be processed.
            if (!string.IsNullOrEmpty(activityId))
            {
                await deduplicator.ReleaseAsync(channelId, activityId, CancellationToken.None);
            }

            throw;
        }

        return new TurnResult(false, turn.InvokeResponse);
    }

    /// <summary>Runs <paramref name="callback"/> in a turn addressed to a stored conversation, as the SDK's adapter offers it.</summary>
    public Task ContinueConversationAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken) =>
        proactive.ContinueConversationAsync(reference, callback, cancellationToken);
}
