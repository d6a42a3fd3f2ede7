namespace InternalTthc.Core.Catalog;

/// <summary>
/// The catalog the service answers from now. A reload swaps it whole, only for a catalog that loaded without a fault;
/// each request (scope) takes the one current when it starts, so no answer mixes two catalogs.
/// </summary>
public sealed class CatalogHolder(ProcedureCatalog initial, DateTimeOffset loadedAt)
{
    private Loaded _current = new(initial, loadedAt);

    public ProcedureCatalog Current => _current.Catalog;

    public DateTimeOffset LoadedAt => _current.At;

    public void Swap(ProcedureCatalog catalog, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Interlocked.Exchange(ref _current, new Loaded(catalog, at));
    }

    private sealed record Loaded(ProcedureCatalog Catalog, DateTimeOffset At);
}
