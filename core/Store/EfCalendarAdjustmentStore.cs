using InternalTthc.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfCalendarAdjustmentStore(TthcDbContext db) : ICalendarAdjustmentStore
{
    public async Task<IReadOnlyList<CalendarAdjustment>> ListAsync(CancellationToken cancellationToken) =>
        await db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToListAsync(cancellationToken);

    public async Task SaveAsync(CalendarAdjustment adjustment, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarAdjustments.Where(a => a.Date == adjustment.Date).ExecuteDeleteAsync(cancellationToken);
        db.CalendarAdjustments.Add(adjustment);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken) =>
        await db.CalendarAdjustments.Where(a => a.Date == date).ExecuteDeleteAsync(cancellationToken) > 0;
}
