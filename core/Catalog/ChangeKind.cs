namespace InternalTthc.Core.Catalog;

/// <summary>What changed after a catalog's documents were published.</summary>
public enum ChangeKind
{
    /// <summary>An agency has a new name (<see cref="CatalogChange.Name"/>).</summary>
    AgencyRenamed,
    /// <summary>An agency was merged into another (<see cref="CatalogChange.Into"/>), which now does its work.</summary>
    AgencyMerged,
    /// <summary>The jurisdiction has a new name (Thừa Thiên Huế became Thành phố Huế).</summary>
    JurisdictionRenamed,
    /// <summary>Provinces joined this one (<see cref="CatalogChange.Absorbed"/>), or this one joined another (<see cref="CatalogChange.Into"/>).</summary>
    JurisdictionMerged,
    /// <summary>A procedure is no longer carried out as published (<see cref="CatalogChange.Note"/> says why).</summary>
    ProcedureSuspended,
    /// <summary>A procedure is carried out differently: other agencies, other units filing, with a note.</summary>
    ProcedureAdapted,
}
