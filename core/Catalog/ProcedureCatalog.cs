using System.Collections.Frozen;

namespace InternalTthc.Core.Catalog;

/// <summary>Every procedure of every loaded catalog file, looked up by code or jurisdiction.</summary>
public sealed class ProcedureCatalog
{
    private readonly FrozenDictionary<string, Procedure> _byCode;
    private readonly FrozenDictionary<string, CatalogFile> _byJurisdiction;

    public ProcedureCatalog(IEnumerable<CatalogFile> files)
    {
        Files = [.. files.OrderBy(f => f.Jurisdiction.Code, StringComparer.Ordinal)];
        _byJurisdiction = Files.ToFrozenDictionary(f => f.Jurisdiction.Code, StringComparer.Ordinal);
        _byCode = Files.SelectMany(f => f.Procedures).ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<CatalogFile> Files { get; }

    public IEnumerable<JurisdictionInfo> Jurisdictions => Files.Select(f => f.Jurisdiction);

    public IEnumerable<Procedure> Procedures => Files.SelectMany(f => f.Procedures);

    public Procedure? Find(string code) => _byCode.GetValueOrDefault(code);

    public JurisdictionInfo? FindJurisdiction(string code) => _byJurisdiction.GetValueOrDefault(code)?.Jurisdiction;

    /// <summary>The reminder policy a procedure follows: its own, else its jurisdiction's, else none.</summary>
    public ReminderPolicy RemindersFor(Procedure procedure) =>
        procedure.Reminders ?? FindJurisdiction(procedure.JurisdictionCode)?.Policy.Reminders ?? ReminderPolicy.None;

    public IReadOnlyList<Procedure> ForJurisdiction(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var file) ? file.Procedures : [];

    public IReadOnlyList<CatalogAgency> AgenciesOf(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var file) ? file.Agencies : [];
}
