namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>Who a token speaks for (the signed-in person's login and name) and the one conversation it opens.</summary>
public sealed record DirectLineIdentity(string Login, string Name, string ConversationId);
