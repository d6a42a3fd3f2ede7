namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The inside of <see cref="ErrorResponse"/>.</summary>
public sealed record Error(string? Code, string? Message);
