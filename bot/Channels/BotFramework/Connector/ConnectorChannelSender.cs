using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The default sender: every channel reached through Azure Bot Service (Teams, the Emulator, …) gets the bot's
/// activities through the Bot Connector at the activity's serviceUrl.
/// </summary>
public sealed class ConnectorChannelSender(IConnectorClient connector, IChannelBlocks blocks) : IChannelSender
{
    public bool Carries(string? channelId) => true;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation);
        try
        {
            // As in the SDK: an activity with replyToId goes through "reply", one without through "send".
            return string.IsNullOrEmpty(activity.ReplyToId)
                ? await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
                : await connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
        }
        catch (ConversationBlockedException) when (activity.ChannelId is { } channel && activity.Recipient?.Id is { } user)
        {
            // The person blocked the bot: remembered on his channel account so nothing more is pushed there.
            await blocks.RecordAsync(channel, user, CancellationToken.None);
            throw;
        }
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var (serviceUrl, conversationId) = Address(reference.ServiceUrl, reference.Conversation);
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    // A7550: whatever is sent must name its conversation; the serviceUrl says where.
    private static (string ServiceUrl, string ConversationId) Address(string? serviceUrl, ConversationAccount? conversation) =>
        (string.IsNullOrEmpty(serviceUrl) ? throw new InvalidOperationException("The activity has no serviceUrl to send to.") : serviceUrl,
         conversation?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException("The activity has no conversation id."));
}
