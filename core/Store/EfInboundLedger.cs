using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfInboundLedger(TthcDbContext db, GroupCommit writes) : IInboundLedger
{
    public async Task<bool> TryRecordAsync(string channelId, string activityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // One statement on both engines: the primary key decides, even between instances.
        var inserted = await writes.RunAsync(db, $"processed_activities:{channelId}:{activityId}",
            $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ({channelId}, {activityId}, {at.UtcDateTime}) ON CONFLICT (channel_id, activity_id) DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }

    public Task ForgetAsync(string channelId, string activityId, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ChannelId == channelId && p.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> PurgeBeforeAsync(DateTimeOffset moment, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.ProcessedAt < moment).ExecuteDeleteAsync(cancellationToken);
}
