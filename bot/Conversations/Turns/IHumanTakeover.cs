namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A person of the agency has taken a conversation over outside the bot (typing in the Zalo OA's own chat): until the
/// moment given, the bot stays silent there. The seam where the hand-off relay (issue 13) will keep its state.
/// </summary>
public interface IHumanTakeover
{
    Task TakeOverAsync(string channelId, string accountId, DateTimeOffset until, CancellationToken cancellationToken);

    Task<bool> IsTakenOverAsync(string channelId, string accountId, CancellationToken cancellationToken);
}
