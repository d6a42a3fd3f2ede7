namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// The place of the hand-off relay (issue 13): while a person of the agency has taken the conversation over, the
/// user's messages go to him and the bot stays silent. Until the relay exists, the takeovers are those a channel
/// reports (a person typing in the Zalo OA's own chat, who reads the user's messages there).
/// </summary>
public sealed class HandoffRelayStep(IHumanTakeover takeovers, ILogger<HandoffRelayStep> logger) : ITurnStep
{
    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.ChannelId is not { } channel || turn.Activity.From?.Id is not { } account
            || !await takeovers.IsTakenOverAsync(channel, account, cancellationToken))
        {
            return false;
        }

        logger.LogInformation("A message on {ChannelId} was left to the person who took the conversation over; the bot stays silent.", channel);
        return true;
    }
}
