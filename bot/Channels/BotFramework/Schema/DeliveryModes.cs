namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of deliveryMode.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
