using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// One service built from a catalog (the intent recogniser's index), kept while that catalog is current and built
/// again once after a reload, instead of once per request.
/// </summary>
public sealed class CatalogBound<T>(Func<ProcedureCatalog, T> create) where T : class
{
    private Built? _last;

    public T For(ProcedureCatalog catalog)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Catalog, catalog))
        {
            return last.Value;
        }

        var built = new Built(catalog, create(catalog));
        _last = built;
        return built.Value;
    }

    private sealed record Built(ProcedureCatalog Catalog, T Value);
}
