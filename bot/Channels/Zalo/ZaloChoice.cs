using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>The choice a user's text picked (null: none, the text is his words), or a button's payload the bot no longer knows.</summary>
public sealed record ZaloChoice(CardAction? Choice, bool Expired);
