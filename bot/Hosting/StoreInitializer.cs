using System.Security.Cryptography;
using System.Text.Json;
using InternalTthc.Bot.Administration;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Operations;
using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Brings the store up to date at start: migrations, the catalog's agencies, the demo directory when asked, and the
/// administrators' stored calendar days into the deadline calculator.
/// </summary>
public sealed class StoreInitializer(
    TthcDbContext db, StoreOptions store, IDirectoryStore directory, ProcedureCatalog catalog, DemoOptions demo,
    IHostEnvironment environment, CalendarDays calendarDays, IServiceSettings settings, TimeProvider clock, StartTimes times,
    ILogger<StoreInitializer> logger)
{
    /// <summary>The SHA-256 of the demo directory file last imported into this store.</summary>
    public const string DemoStampKey = "demo-directory.imported";

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
        if (demo.Enabled ?? environment.IsDevelopment())
        {
            await ImportDemoDirectoryAsync(cancellationToken);
            times.Mark("demo directory");
        }

        logger.LogInformation("Store ready ({Provider}); catalog: {Procedures} procedures in {Jurisdictions} jurisdictions.",
            store.Provider, catalog.Procedures.Count(), catalog.Jurisdictions.Count());
    }

    /// <summary>
    /// Imports the demo directory unless this very file (by its hash) was the last one imported into this store: importing
    /// the same file again only spent a restart's CPU (about 0.14 s). An edited file, or a new store, is imported; demo
    /// people changed in the store since keep their changes until the file changes.
    /// </summary>
    private async Task ImportDemoDirectoryAsync(CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(demo.File, cancellationToken);
        var stamp = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        if (await settings.GetAsync(DemoStampKey, cancellationToken) == stamp)
        {
            logger.LogWarning("DEMO DIRECTORY in the store, as last imported from {File} (unchanged). Never enable it in production.", demo.File);
            return;
        }

        var import = JsonSerializer.Deserialize<DirectoryImport>(text, DirectoryJson.Options)!;
        await directory.ImportAsync(import with { IsDemo = true }, cancellationToken);
        await settings.SetAsync(DemoStampKey, stamp, clock.GetUtcNow(), cancellationToken);
        logger.LogWarning("DEMO DIRECTORY LOADED from {File}: {People} demo people. Never enable it in production.", demo.File, import.People.Count);
    }
}
