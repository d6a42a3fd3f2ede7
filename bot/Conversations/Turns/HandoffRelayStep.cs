namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// The place of the hand-off relay (issue 13): while a person of the agency has taken the conversation over, the
/// user's messages go to him and the bot stays silent. No conversation is handed off yet, so every turn goes on.
/// </summary>
public sealed class HandoffRelayStep : ITurnStep
{
    public Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken) => Task.FromResult(false);
}
