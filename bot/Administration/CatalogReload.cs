using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Operations;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// Reloads the catalog folder without a restart, through the same loader and validation as the start. A file with a
/// fault, or a catalog that drops a procedure cases were filed under, is refused and the catalog in use kept. A reload
/// is stamped in the store, so the other instances (and a running service, after the host verb) load the folder too.
/// </summary>
public sealed class CatalogReload(
    CatalogHolder holder, CatalogOptions options, OfficeHours hours, TthcDbContext db, IDirectoryStore directory, IServiceSettings settings,
    TimeProvider clock, ILogger<CatalogReload> logger)
{
    /// <summary>The store's key for the moment of the last reload every instance follows.</summary>
    public const string StampKey = "catalog.reloaded";

    /// <summary>Loads the folder, checks it and, when sound, uses it here and stamps the store for the other instances.</summary>
    public async Task<CatalogReloadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        var result = await LoadAsync(cancellationToken);
        if (result.Reloaded)
        {
            await settings.SetAsync(StampKey, clock.GetUtcNow().ToString("O"), clock.GetUtcNow(), cancellationToken);
        }

        return result;
    }

    /// <summary>Loads the folder and uses it when sound, without stamping (an instance following another's reload).</summary>
    public async Task<CatalogReloadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await ReadFolderAsync(cancellationToken);
        var faults = loaded.Faults.Select(f => f.ToString()).ToList();
        if (loaded.Catalog is { } catalog)
        {
            faults.AddRange(await DroppedProceduresAsync(catalog, cancellationToken));
        }

        if (faults.Count > 0 || loaded.Catalog is null)
        {
            logger.LogWarning("Catalog reload refused with {Faults} faults; the catalog in use is kept.", faults.Count);
            return new CatalogReloadResult(false, 0, 0, faults);
        }

        await directory.ImportAsync(CatalogAgencyImport.From(loaded.Catalog), cancellationToken);
        // The files' office hours with them: a province added or whose hours changed counts its deadlines in its own.
        hours.UseCatalogHours(CatalogCalendar.HoursOf(loaded.Catalog));
        holder.Swap(loaded.Catalog, clock.GetUtcNow());
        var (procedures, jurisdictions) = (loaded.Catalog.Procedures.Count(), loaded.Catalog.Jurisdictions.Count());
        logger.LogInformation("Catalog reloaded: {Procedures} procedures in {Jurisdictions} jurisdictions.", procedures, jurisdictions);
        return new CatalogReloadResult(true, procedures, jurisdictions, []);
    }

    private async Task<CatalogLoadResult> ReadFolderAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new CatalogLoadResult(await new CatalogLoader().LoadFolderAsync(options.FullPath, cancellationToken), []);
        }
        catch (CatalogException e)
        {
            return new CatalogLoadResult(null, e.Faults);
        }
    }

    /// <summary>Procedures cases were filed under that the new catalog lacks: their cases could no longer be shown.</summary>
    private async Task<IEnumerable<string>> DroppedProceduresAsync(ProcedureCatalog catalog, CancellationToken cancellationToken)
    {
        var used = await db.Cases.GroupBy(c => c.ProcedureCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return used.Where(u => catalog.Find(u.Code) is null).Select(u => AdminText.Vietnamese("CatalogProcedureInUse", u.Code, u.Count));
    }
}
