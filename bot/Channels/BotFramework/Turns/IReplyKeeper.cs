using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// Keeps a turn's reply that the channel could not take (its serviceUrl unreachable, the connector failing) to be sent
/// later: a Bot Framework channel does not send the activity again, so the reply would otherwise be lost.
/// </summary>
public interface IReplyKeeper
{
    Task KeepAsync(Activity reply, CancellationToken cancellationToken);
}
