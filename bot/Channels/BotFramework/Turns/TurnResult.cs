using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>What a turn left for the HTTP answer: whether it was a redelivery, and the invoke response if any.</summary>
public sealed record TurnResult(bool Duplicate, InvokeResponse? InvokeResponse)
{
    public static TurnResult Redelivered { get; } = new(true, null);
}
