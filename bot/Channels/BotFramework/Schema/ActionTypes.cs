namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of CardAction.type (invoke is Teams only).</summary>
public static class ActionTypes
{
    public const string MessageBack = "messageBack";
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string OpenUrl = "openUrl";
    public const string DownloadFile = "downloadFile";
    public const string ShowImage = "showImage";
    public const string Signin = "signin";
    public const string PlayAudio = "playAudio";
    public const string PlayVideo = "playVideo";
    public const string Call = "call";
    public const string Invoke = "invoke";
}
