using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// One change recorded by an administrator beside the published record, from <see cref="Effective"/> on. Which
/// properties a change uses depends on its <see cref="Kind"/>; the validator names the ones missing or out of place.
/// </summary>
public sealed record CatalogChange
{
    public required ChangeKind Kind { get; init; }

    /// <summary>The first day the change applies.</summary>
    public required DateOnly Effective { get; init; }

    /// <summary>The decision or notice it rests on, e.g. "Nghị quyết số .../NQ-HĐND".</summary>
    public required string Source { get; init; }

    /// <summary>The agency renamed or merged (an agency code of the catalog or of the change file).</summary>
    public string? Agency { get; init; }

    /// <summary>The agency (or jurisdiction) merged into.</summary>
    public string? Into { get; init; }

    /// <summary>The new name of an agency or of the jurisdiction.</summary>
    public string? Name { get; init; }

    /// <summary>The provinces that joined this jurisdiction, by name.</summary>
    public IReadOnlyList<string> Absorbed { get; init; } = [];

    /// <summary>The procedure suspended or adapted.</summary>
    public string? Procedure { get; init; }

    /// <summary>For an adapted procedure: who executes and decides from then on.</summary>
    public ProcedureRouting? Routing { get; init; }

    /// <summary>For an adapted procedure: which unit levels file it from then on.</summary>
    public IReadOnlyList<UnitLevel>? UnitLevels { get; init; }

    /// <summary>What people are told (why a procedure is suspended, what is different).</summary>
    public string? Note { get; init; }
}
