namespace InternalTthc.Core.Conversations;

/// <summary>Remembers which inbound activities were processed, across restarts and instances.</summary>
public interface IInboundLedger
{
    /// <summary>True the first time an activity is recorded; false for a redelivery.</summary>
    Task<bool> TryRecordAsync(string channelId, string activityId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed.</summary>
    Task ForgetAsync(string channelId, string activityId, CancellationToken cancellationToken);

    /// <summary>Drops records older than the redelivery window.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken);
}
