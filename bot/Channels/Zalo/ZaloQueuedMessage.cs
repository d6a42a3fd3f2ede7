namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>An outbox row's payload (topic <see cref="ZaloOutbox.Topic"/>): one message for one Zalo user.</summary>
public sealed record ZaloQueuedMessage(string UserId, ZaloMessage Message);
