using System.Collections.Frozen;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// What the administrators' change files say about a day: which agency now does an agency's work and under what
/// name, the jurisdiction's name, and whether a procedure is still carried out as published. Changes apply from
/// their effective day; before it, everything reads as published.
/// </summary>
public sealed class Successions
{
    /// <summary>Longer chains than this are refused by the validator; the bound keeps a bad file from looping.</summary>
    private const int MaxChain = 16;

    private readonly FrozenDictionary<string, CatalogAgency> _agencies;
    private readonly FrozenDictionary<string, CatalogFile> _files;
    private readonly FrozenDictionary<string, CatalogChanges> _changes;
    private readonly IReadOnlyList<(string Jurisdiction, CatalogChange Change)> _all;

    public Successions(IEnumerable<CatalogFile> files, IEnumerable<CatalogChanges> changes)
    {
        _files = files.ToFrozenDictionary(f => f.Jurisdiction.Code, StringComparer.Ordinal);
        _changes = changes.ToFrozenDictionary(c => c.Jurisdiction, StringComparer.Ordinal);
        _agencies = _files.Values.SelectMany(f => f.Agencies).Concat(_changes.Values.SelectMany(c => c.Agencies))
            .DistinctBy(a => a.Code).ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
        _all = [.. _changes.Values.SelectMany(f => f.Changes.Select(c => (f.Jurisdiction, c)))];
    }

    public static Successions None { get; } = new([], []);

    public IReadOnlyList<CatalogChange> ChangesOf(string jurisdiction) => _changes.GetValueOrDefault(jurisdiction)?.Changes ?? [];

    public IReadOnlyList<string> PendingOf(string jurisdiction) => _changes.GetValueOrDefault(jurisdiction)?.Pending ?? [];

    /// <summary>The agencies a change file adds (the successors), for the directory.</summary>
    public IEnumerable<(string Jurisdiction, CatalogAgency Agency)> AddedAgencies =>
        _changes.Values.SelectMany(c => c.Agencies.Select(a => (c.Jurisdiction, a)));

    /// <summary>The agency that does <paramref name="code"/>'s work on <paramref name="day"/>: itself, or the one it was merged into.</summary>
    public string SuccessorOf(string code, DateOnly day)
    {
        for (var i = 0; i < MaxChain && Latest(ChangeKind.AgencyMerged, day, (_, c) => c.Agency == code) is { Into: { } into }; i++)
        {
            code = into;
        }

        return code;
    }

    /// <summary>The name of the agency doing <paramref name="code"/>'s work on the day, with the published name when it differs.</summary>
    /// <param name="known">The name to use for a unit no catalog names (a district of the directory).</param>
    public CurrentName AgencyName(string code, DateOnly day, string? known = null)
    {
        var published = _agencies.GetValueOrDefault(code)?.Name ?? known ?? code;
        var successor = SuccessorOf(code, day);
        var name = Latest(ChangeKind.AgencyRenamed, day, (_, c) => c.Agency == successor)?.Name ?? _agencies.GetValueOrDefault(successor)?.Name ?? published;
        return new CurrentName(name, name == published ? null : published);
    }

    public CurrentName JurisdictionName(string code, DateOnly day)
    {
        var published = _files.GetValueOrDefault(code)?.Jurisdiction.Name ?? code;
        var name = Latest(ChangeKind.JurisdictionRenamed, day, (j, _) => j == code)?.Name ?? published;
        return new CurrentName(name, name == published ? null : published);
    }

    /// <summary>Whether the procedure is offered on the day, and how it is carried out.</summary>
    public ProcedureState StateOf(Procedure p, DateOnly day)
    {
        var inForce = _files.GetValueOrDefault(p.JurisdictionCode)?.Documents.FirstOrDefault(d => d.Id == p.Source.Document)?.InForceFrom;
        if (inForce > day)
        {
            return new ProcedureState(ProcedureStanding.NotYetInForce, inForce);
        }

        if (Latest(ChangeKind.JurisdictionMerged, day, (j, c) => j == p.JurisdictionCode && c.Into is not null) is { } merged)
        {
            return new ProcedureState(ProcedureStanding.Suspended, merged.Effective, merged.Note) { MergedInto = JurisdictionName(merged.Into!, day).Name };
        }

        return Latest(null, day, (_, c) => c.Procedure == p.Code && c.Kind is ChangeKind.ProcedureSuspended or ChangeKind.ProcedureAdapted) switch
        {
            { Kind: ChangeKind.ProcedureSuspended } s => new ProcedureState(ProcedureStanding.Suspended, s.Effective, s.Note),
            { } a => new ProcedureState(ProcedureStanding.Adapted, a.Effective, a.Note) { Routing = a.Routing, UnitLevels = a.UnitLevels },
            null => ProcedureState.InForce,
        };
    }

    /// <summary>The latest change of the kind in force on the day about what <paramref name="about"/> (jurisdiction, change) selects.</summary>
    /// <remarks>A loop, not LINQ: every procedure of every menu asks (a greeting made ≈ 1 KB of iterators here).</remarks>
    private CatalogChange? Latest(ChangeKind? kind, DateOnly day, Func<string, CatalogChange, bool> about)
    {
        CatalogChange? latest = null;
        for (var i = 0; i < _all.Count; i++)
        {
            var (jurisdiction, change) = _all[i];
            // The first of equally recent changes wins, as MaxBy's did.
            if ((kind is null || change.Kind == kind) && change.Effective <= day && (latest is null || change.Effective > latest.Effective)
                && about(jurisdiction, change))
            {
                latest = change;
            }
        }
        return latest;
    }
}
