namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// The optional body of token generate. Ours adds <see cref="ConversationId"/>: the page asks for a token to its own
/// earlier conversation after a reload (only the owner gets one); without it a new conversation id is made.
/// </summary>
public sealed record TokenGenerateRequest(string? ConversationId);
