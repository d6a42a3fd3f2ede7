namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks what JSON alone cannot: references, uniqueness, deadline rules against their text, form fields that
/// can be asked, system events, change files, and clashes between files. Messages name the file, the entry,
/// the path, what is wrong and what is allowed.
/// </summary>
public sealed class CatalogValidator
{
    public IReadOnlyList<CatalogFault> Validate(string fileName, CatalogFile file)
    {
        var faults = new List<CatalogFault>();
        void Fault(string? entry, string message) => faults.Add(new CatalogFault(fileName, entry, message));

        foreach (var m in JurisdictionValidator.Validate(file.Jurisdiction)) Fault("jurisdiction", m);
        foreach (var dup in Duplicates(file.Documents.Select(d => d.Id))) Fault("documents", $"mã văn bản '{dup}' bị trùng (duplicate document id)");
        foreach (var dup in Duplicates(file.Agencies.Select(a => a.Code))) Fault("agencies", $"mã cơ quan '{dup}' bị trùng (duplicate agency code)");
        var agencies = file.Agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var a in file.Agencies.Where(a => a.ParentCode is not null && !agencies.Contains(a.ParentCode)))
        {
            Fault("agencies", $"cơ quan '{a.Code}' có cơ quan cấp trên không có trong danh sách: '{a.ParentCode}'");
        }

        foreach (var dup in Duplicates(file.Procedures.Select(p => p.Code))) Fault(dup, "mã thủ tục bị trùng trong tệp (duplicate code)");
        var documents = file.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var procedures = new ProcedureValidator(file.Jurisdiction, documents, agencies);
        foreach (var p in file.Procedures)
        {
            foreach (var m in procedures.Validate(p)) Fault(p.Code, m);
        }

        foreach (var (entry, m) in SystemEventValidator.Validate(file, documents, agencies)) Fault(entry, m);
        return faults;
    }

    /// <summary>Faults of a change file alone; what it names in the catalogs is checked with them (<see cref="ValidateTogether"/>).</summary>
    public IReadOnlyList<CatalogFault> Validate(string fileName, CatalogChanges changes) =>
        [.. ChangesValidator.Shape(changes).Select(x => new CatalogFault(fileName, x.Entry, x.Message))];

    /// <summary>Faults that only show across files: codes, prefixes and agencies used twice, and change files against their catalogs.</summary>
    public IReadOnlyList<CatalogFault> ValidateTogether(IReadOnlyList<(string Name, CatalogFile File)> files, IReadOnlyList<(string Name, CatalogChanges Changes)>? changes = null) =>
        [.. CrossFileValidator.Validate(files, changes ?? [])];

    internal static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
