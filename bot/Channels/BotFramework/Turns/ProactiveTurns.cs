using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// Turns addressed to a stored conversation, started by the bot itself (SDK <c>ContinueConversationAsync</c>): a
/// notification, a card kept current, a message passed on to another conversation. What is sent goes through the
/// reference's channel sender, without running the bot. The senders (each with its connector client) are made only when a
/// proactive turn starts: every request's runner and replies hold this, few use it.
/// </summary>
public sealed class ProactiveTurns(Lazy<ChannelSenderSelector> senders)
{
    /// <summary>The name of the local event a proactive turn starts with (never sent on the wire).</summary>
    public const string ContinueConversationEventName = "ContinueConversation";

    public Task ContinueConversationAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity { Type = ActivityTypes.Event, Name = ContinueConversationEventName }
            .ApplyConversationReference(reference, isIncoming: true);
        return callback(new TurnContext(activity, senders.Value.For(reference.ChannelId)), cancellationToken);
    }
}
