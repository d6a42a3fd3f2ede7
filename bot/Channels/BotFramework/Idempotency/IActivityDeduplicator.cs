namespace InternalTthc.Bot.Channels.BotFramework.Idempotency;

/// <summary>
/// Remembers which activities are being or were processed, so a channel's redelivery (same channel id and
/// activity id) is answered without being processed twice.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>
    /// True if the caller should process the activity; false if it was already taken within the window.
    /// <paramref name="senderId"/> (the activity's from.id, when it has one) lets a store read the sender's turn in the same round trip.
    /// </summary>
    Task<bool> TryBeginAsync(string channelId, string activityId, string? senderId, CancellationToken cancellationToken);

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed.</summary>
    Task ReleaseAsync(string channelId, string activityId, CancellationToken cancellationToken);
}
