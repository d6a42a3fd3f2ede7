namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>Where the sender records that a person blocked the bot on a channel.</summary>
public interface IChannelBlocks
{
    Task RecordAsync(string channelId, string accountId, CancellationToken cancellationToken);
}
