namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Channel ids the bot meets (the SDK calls this class Channels, a name taken here by the namespace).</summary>
public static class ChannelIds
{
    public const string Msteams = "msteams";
    public const string Directline = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
