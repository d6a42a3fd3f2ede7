using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfInboundLedger(TthcDbContext db, GroupCommit writes, PostgresTurnReads postgres) : IInboundLedger
{
    // One statement on both engines: the primary key decides, even between instances.
    public async Task<bool> TryRecordAsync(string channelId, string activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await writes.RunAsync(db, Row(channelId, activityId), Insert(channelId, activityId, at), cancellationToken) == 1;

    // On PostgreSQL the sender's sighting rides in the record's batch: the turn's reads cost no round trip of their own.
    public async Task<bool> TryRecordTurnAsync(string channelId, string activityId, string senderId, DateTimeOffset at, CancellationToken cancellationToken) =>
        postgres.Applies
            ? await writes.RunWithReadsAsync(db, Row(channelId, activityId), Insert(channelId, activityId, at), postgres.RideWith(channelId, senderId), cancellationToken) == 1
            : await TryRecordAsync(channelId, activityId, at, cancellationToken);

    private static string Row(string channelId, string activityId) => $"processed_activities:{channelId}:{activityId}";

    private static FormattableString Insert(string channelId, string activityId, DateTimeOffset at) =>
        $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ({channelId}, {activityId}, {at.UtcDateTime}) ON CONFLICT (channel_id, activity_id) DO NOTHING";

    public Task ForgetAsync(string channelId, string activityId, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ChannelId == channelId && p.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> PurgeBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ProcessedAt < moment).ExecuteDeleteAsync(cancellationToken);
}
