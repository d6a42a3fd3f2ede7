namespace InternalTthc.Core.Directory;

/// <summary>An agency, unit or locality (cơ quan, đơn vị, địa phương) of a jurisdiction.</summary>
public sealed class Unit
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Stable code, unique in the directory (catalog agencies keep their catalog code).</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }
    public required string JurisdictionCode { get; init; }
    public UnitLevel Level { get; set; }

    /// <summary>What sort of body it is (a school, a hospital...), for procedures that include or exclude by kind.</summary>
    public UnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Demo data is marked so it can never be mistaken for, or mixed into, a real directory.</summary>
    public bool IsDemo { get; init; }
}
