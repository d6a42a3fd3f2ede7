namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Quick replies shown under a message; <see cref="To"/> limits them to some users.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }
}
