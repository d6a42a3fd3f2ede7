using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// EF's own start, run on the other core while the host reads and validates the catalog (≈ 0.5 s of CPU on one core): the
/// compiled model's initialisation, EF's services for the engine and its query pipeline's first translation, on a context of
/// its own that opens no connection. The store's first context and first query then find that code loaded and compiled.
/// </summary>
public static class StoreEngineWarmUp
{
    public static Task StartAsync(StoreOptions options) => Task.Run(() =>
    {
        try
        {
            var builder = new DbContextOptionsBuilder<TthcDbContext>();
            StoreServiceCollectionExtensions.Configure(builder, options, new SqliteTuning(options, new SqliteCheckpoints(options)));
            using var db = new TthcDbContext(builder.Options);
            _ = db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToQueryString();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Wrong store settings: the store meets them again where it is first used, and says so there (a verb that uses
            // no store is not stopped by them).
        }
    });
}
