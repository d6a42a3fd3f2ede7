using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) at a channel's serviceUrl. Failures surface as <see cref="ConnectorException"/>;
/// a person who blocked the bot as <see cref="ConversationBlockedException"/>.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Creates (or finds, for a Teams 1:1) a conversation; used before the first proactive message.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>One member of a conversation as the channel knows him (Teams adds userPrincipalName and email).</summary>
    Task<ChannelAccount> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(
        string serviceUrl, string conversationId, CancellationToken cancellationToken);
}
