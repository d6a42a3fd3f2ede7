using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfDeliveryLog(TthcDbContext db) : IDeliveryLog
{
    public async Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        db.DeliveryLog.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<bool> WasSentAsync(Guid outboxMessageId, CancellationToken cancellationToken) =>
        db.DeliveryLog.AnyAsync(d => d.OutboxMessageId == outboxMessageId && d.Outcome == DeliveryOutcome.Sent, cancellationToken);
}
