namespace InternalTthc.Core.Catalog;

/// <summary>Thrown at start when a catalog file is broken; the service must not run on a partial catalog.</summary>
public sealed class CatalogException(IReadOnlyList<CatalogFault> faults)
    : Exception("Danh mục thủ tục có lỗi (catalog is invalid):" + Environment.NewLine
        + string.Join(Environment.NewLine, faults.Select(f => "  - " + f)))
{
    public IReadOnlyList<CatalogFault> Faults { get; } = faults;
}
