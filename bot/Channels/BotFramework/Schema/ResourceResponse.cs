namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The id a channel gives an activity the bot sent.</summary>
public sealed record ResourceResponse(string? Id);
