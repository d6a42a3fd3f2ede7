using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// Carries the bot's outgoing activities to a channel: the Bot Connector over HTTP, or Direct Line in process.
/// Activities arrive already addressed (conversation, serviceUrl, from, recipient).
/// </summary>
public interface IChannelSender
{
    /// <summary>Whether this sender delivers to <paramref name="channelId"/>.</summary>
    bool Carries(string? channelId);

    /// <summary>Sends a new activity; one with <c>replyToId</c> is sent as a reply.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
