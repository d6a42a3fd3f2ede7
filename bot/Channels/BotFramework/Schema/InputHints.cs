namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of inputHint as the SDK sends them.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
