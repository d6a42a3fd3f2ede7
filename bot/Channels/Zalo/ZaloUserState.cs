using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// What the bot keeps per Zalo user between messages: the choices its latest message numbered (a typed "2" picks the
/// second), what each button's short payload stands for (the buttons of recent messages still work), and when it last
/// queued a message (its messages are queued at strictly later moments, so they go out in order).
/// </summary>
public sealed record ZaloUserState
{
    /// <summary>Buttons of older messages are forgotten beyond this many.</summary>
    public const int KeptPayloads = 100;

    public IReadOnlyList<CardAction> Numbered { get; init; } = [];

    public IReadOnlyList<ZaloPayload> Payloads { get; init; } = [];

    public DateTimeOffset LastQueuedAt { get; init; }
}
