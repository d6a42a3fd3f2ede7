namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// Picks the sender for a channel. The last registered sender that carries the channel wins, so a Direct Line
/// sender registered after <c>AddBotFramework</c> takes its channel from the Bot Connector default.
/// </summary>
public sealed class ChannelSenderSelector(IEnumerable<IChannelSender> senders)
{
    private readonly IReadOnlyList<IChannelSender> _senders = senders.Reverse().ToArray();

    public IChannelSender For(string? channelId) =>
        _senders.FirstOrDefault(sender => sender.Carries(channelId))
        ?? throw new InvalidOperationException($"No channel sender carries channel '{channelId}'.");
}
