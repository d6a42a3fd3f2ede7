namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>
/// Channel ids the bot meets (the SDK calls this class Channels, a name taken here by the namespace). What each channel
/// can do is <see cref="ChannelRegistry"/>'s to say: code outside bot/Channels never compares them.
/// </summary>
public static class ChannelIds
{
    public const string Msteams = "msteams";
    public const string Directline = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";

    /// <summary>Our own terminal chat: a local session.</summary>
    public const string Terminal = "terminal";

    /// <summary>A Zalo Official Account (its webhook comes with the Zalo channel).</summary>
    public const string Zalo = "zalo";
}
