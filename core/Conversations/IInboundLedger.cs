namespace InternalTthc.Core.Conversations;

/// <summary>Remembers which inbound activities were processed, across restarts and instances.</summary>
public interface IInboundLedger
{
    /// <summary>True the first time an activity is recorded; false for a redelivery.</summary>
    Task<bool> TryRecordAsync(string channelId, string activityId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="TryRecordAsync"/> for the activity of a turn <paramref name="senderId"/> sent: the store may read that
    /// sender's sighting (who writes, and what his last turn read after it) in the same round trip, for the turn to use.
    /// </summary>
    Task<bool> TryRecordTurnAsync(string channelId, string activityId, string senderId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed.</summary>
    Task ForgetAsync(string channelId, string activityId, CancellationToken cancellationToken);

    /// <summary>Drops records older than the redelivery window.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken);
}
