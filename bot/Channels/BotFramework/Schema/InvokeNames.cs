namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Invoke names the protocol layer knows.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
