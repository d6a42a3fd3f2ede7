namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Channel ids the bot meets (the SDK calls this class Channels, a name taken here by the namespace).</summary>
public static class ChannelIds
{
    public const string Msteams = "msteams";
    public const string Directline = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";

    /// <summary>Our own terminal chat: a local session.</summary>
    public const string Terminal = "terminal";

    /// <summary>Whether a conversation on the channel can be written to after the person's turn (not a closed terminal session).</summary>
    public static bool KeepsConversations(string channelId) => channelId != Terminal;

    /// <summary>Whether what is sent on the channel is a row of the service's own store (our Direct Line), so it can commit with other rows.</summary>
    public static bool WritesToStore(string? channelId) => channelId is Directline or Webchat;
}
