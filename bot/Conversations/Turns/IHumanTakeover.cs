namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A person of the agency has taken a conversation over outside the bot (typing in the Zalo OA's own chat): until the
/// moment given, the bot stays silent there (<see cref="HumanTakeoverStep"/>). A hand-off through the console is the
/// hand-off store's, not this.
/// </summary>
public interface IHumanTakeover
{
    Task TakeOverAsync(string channelId, string accountId, DateTimeOffset until, CancellationToken cancellationToken);

    Task<bool> IsTakenOverAsync(string channelId, string accountId, CancellationToken cancellationToken);
}
