using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfInboundLedger(TthcDbContext db, GroupCommit writes, PostgresTurnReads postgres) : IInboundLedger
{
    public async Task<bool> TryRecordAsync(string channelId, string activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await writes.RunAsync(db, $"processed_activities:{channelId}:{activityId}", Record(channelId, activityId, at), cancellationToken) == 1;

    // On PostgreSQL the record and the turn's sighting in one transaction, one round trip (it is committed as the group
    // commit's batches are); inside a transaction the caller opened it joins that, as any write.
    public Task<bool> TryRecordTurnAsync(string channelId, string activityId, string accountId, DateTimeOffset at, CancellationToken cancellationToken) =>
        postgres.Applies && db.Database.CurrentTransaction is null
            ? postgres.RecordAndSeeAsync(Record(channelId, activityId, at), channelId, accountId, cancellationToken)
            : TryRecordAsync(channelId, activityId, at, cancellationToken);

    // One statement on both engines: the primary key decides, even between instances; one row affected when recorded.
    private static FormattableString Record(string channelId, string activityId, DateTimeOffset at) =>
        $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ({channelId}, {activityId}, {at.UtcDateTime}) ON CONFLICT (channel_id, activity_id) DO NOTHING";

    public Task ForgetAsync(string channelId, string activityId, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ChannelId == channelId && p.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> PurgeBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ProcessedAt < moment).ExecuteDeleteAsync(cancellationToken);
}
