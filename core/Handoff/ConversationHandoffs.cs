namespace InternalTthc.Core.Handoff;

/// <summary>
/// What a message in a chat conversation meets, read in one query: the active hand-off the writer holds there as the
/// agent (the latest taken), and the waiting or active hand-off of the conversation's requester (the latest asked).
/// </summary>
public sealed record ConversationHandoffs(HandoffRequest? Held, HandoffRequest? Open);
