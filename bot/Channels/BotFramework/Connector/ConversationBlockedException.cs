using System.Net;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The person blocked the bot or removed the app (Teams answers 403 with <c>MessageWritesBlocked</c>,
/// <c>ConversationBlockedByUser</c> or <c>BotNotInConversationRoster</c>). Retrying cannot help: the caller
/// should mark the person's channel account unreachable.
/// </summary>
public sealed class ConversationBlockedException(string reason, string message)
    : ConnectorException(HttpStatusCode.Forbidden, reason, message)
{
    /// <summary>The code the channel gave for the refusal.</summary>
    public string Reason => ErrorCode ?? string.Empty;
}
