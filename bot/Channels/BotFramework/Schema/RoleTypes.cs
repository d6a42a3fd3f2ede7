namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values of ChannelAccount.role.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Skill = "skill";
}
