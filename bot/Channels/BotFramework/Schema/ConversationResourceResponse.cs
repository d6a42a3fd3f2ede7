namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The answer to create conversation; Teams 1:1 gives only <see cref="Id"/>.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);
