namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A person of the agency took the conversation over outside the bot (typing in the Zalo OA's own chat, where he reads
/// the user's messages): until the takeover lapses the bot stays silent, for linked and unlinked users alike. The
/// hand-off through the console is <see cref="HandoffRelayStep"/>'s.
/// </summary>
public sealed class HumanTakeoverStep(IHumanTakeover takeovers, ILogger<HumanTakeoverStep> logger) : ITurnStep
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
