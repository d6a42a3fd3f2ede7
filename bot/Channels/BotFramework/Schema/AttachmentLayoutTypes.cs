namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of attachmentLayout.</summary>
public static class AttachmentLayoutTypes
{
    public const string List = "list";
    public const string Carousel = "carousel";
}
