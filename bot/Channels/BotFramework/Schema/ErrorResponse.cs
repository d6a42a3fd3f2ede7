namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The Bot Framework error envelope <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(Error? Error);
