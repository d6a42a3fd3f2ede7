using InternalTthc.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfCalendarAdjustmentStore(TthcDbContext db) : ICalendarAdjustmentStore
{
    public async Task<IReadOnlyList<CalendarAdjustment>> ListAsync(CancellationToken cancellationToken) =>
        await db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToListAsync(cancellationToken);

    public Task SaveAsync(CalendarAdjustment adjustment, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.CalendarAdjustments.Where(a => a.Date == adjustment.Date).ExecuteDeleteAsync(ct);
            db.CalendarAdjustments.Add(adjustment);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken) =>
        await db.CalendarAdjustments.Where(a => a.Date == date).ExecuteDeleteAsync(cancellationToken) > 0;
}
