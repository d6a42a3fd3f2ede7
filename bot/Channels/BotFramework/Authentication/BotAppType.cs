namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>Values of the <c>MicrosoftAppType</c> setting.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
