using System.Collections.Frozen;

namespace InternalTthc.Core.Catalog;

/// <summary>Every procedure of every loaded catalog file, looked up by code or jurisdiction, with what changed since (<see cref="Successions"/>).</summary>
public sealed class ProcedureCatalog
{
    private readonly FrozenDictionary<string, Procedure> _byCode;
    private readonly FrozenDictionary<string, CatalogFile> _byJurisdiction;

    public ProcedureCatalog(IEnumerable<CatalogFile> files, IEnumerable<CatalogChanges>? changes = null)
    {
        Files = [.. files.OrderBy(f => f.Jurisdiction.Code, StringComparer.Ordinal)];
        Changes = [.. (changes ?? []).OrderBy(c => c.Jurisdiction, StringComparer.Ordinal)];
        _byJurisdiction = Files.ToFrozenDictionary(f => f.Jurisdiction.Code, StringComparer.Ordinal);
        _byCode = Files.SelectMany(f => f.Procedures).ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        Successions = new Successions(Files, Changes);
    }

    public IReadOnlyList<CatalogFile> Files { get; }

    /// <summary>The administrators' change files, one per jurisdiction at most.</summary>
    public IReadOnlyList<CatalogChanges> Changes { get; }

    public Successions Successions { get; }

    public IEnumerable<JurisdictionInfo> Jurisdictions => Files.Select(f => f.Jurisdiction);

    public IEnumerable<Procedure> Procedures => Files.SelectMany(f => f.Procedures);

    public Procedure? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Whether the unit may file the procedure on the day: carried out then, for its level (as adapted) and kind.</summary>
    public bool Offers(Procedure p, Directory.Unit unit, DateOnly day)
    {
        var state = Successions.StateOf(p, day);
        var levels = state.UnitLevels ?? p.Filing.UnitLevels;
        return state.IsOffered && (levels.Count == 0 || levels.Contains(unit.Level)) && p.Filing.AdmitsKind(unit.Kind);
    }

    public JurisdictionInfo? FindJurisdiction(string code) => _byJurisdiction.GetValueOrDefault(code)?.Jurisdiction;

    /// <summary>The reminder policy a procedure follows: its own, else its jurisdiction's, else none.</summary>
    public ReminderPolicy RemindersFor(Procedure procedure) =>
        procedure.Reminders ?? FindJurisdiction(procedure.JurisdictionCode)?.Policy.Reminders ?? ReminderPolicy.None;

    public IReadOnlyList<Procedure> ForJurisdiction(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var file) ? file.Procedures : [];

    public IReadOnlyList<CatalogAgency> AgenciesOf(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var file) ? file.Agencies : [];

    public IReadOnlyList<SystemEvent> SystemEventsOf(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var file) ? file.SystemEvents : [];
}
