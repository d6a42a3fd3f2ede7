namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Invoke names the protocol layer knows.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string ComposeExtensionPrefix = "composeExtension/";
}
