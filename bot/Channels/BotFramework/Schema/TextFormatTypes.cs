namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of textFormat; plain is the default.</summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
