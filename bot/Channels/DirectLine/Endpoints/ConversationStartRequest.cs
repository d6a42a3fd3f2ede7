using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>The optional body of a conversation start; the user id in it is ignored, the token says who it is.</summary>
public sealed record ConversationStartRequest(ChannelAccount? User, string? Locale);
