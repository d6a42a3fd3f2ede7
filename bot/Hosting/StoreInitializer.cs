using InternalTthc.Bot.Administration;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Brings the store up to date at start: migrations, the catalog's agencies, the demo directory when asked, and the
/// administrators' stored calendar days into the deadline calculator.
/// </summary>
public sealed class StoreInitializer(
    TthcDbContext db, StoreOptions store, IDirectoryStore directory, ProcedureCatalog catalog, DemoDirectorySeed demo,
    CalendarDays calendarDays, StartTimes times, ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // The model is ready before the migrations touch it, so the start times tell the two apart.
        _ = db.Model;
        times.Mark("EF model");
        await StoreServiceCollectionExtensions.MigrateAsync(db, store, cancellationToken);
        times.Mark("migrations");
        await calendarDays.RefreshAsync(cancellationToken);
        times.Mark("calendar days");
        await directory.ImportAsync(CatalogAgencyImport.From(catalog), cancellationToken);
        times.Mark("catalog agencies");
        if (await demo.SeedAsync(cancellationToken))
        {
            times.Mark("demo directory");
        }

        logger.LogInformation("Store ready ({Provider}); catalog: {Procedures} procedures in {Jurisdictions} jurisdictions.",
            store.Provider, catalog.Procedures.Count(), catalog.Jurisdictions.Count());
    }
}
