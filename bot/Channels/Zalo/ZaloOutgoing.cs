using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>One activity as Zalo messages, with the choices they offer: numbered (all postBack choices) and behind each button's payload.</summary>
public sealed record ZaloOutgoing(IReadOnlyList<ZaloMessage> Messages, IReadOnlyList<CardAction> Numbered, IReadOnlyList<ZaloPayload> Payloads);
