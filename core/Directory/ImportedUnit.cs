namespace InternalTthc.Core.Directory;

public sealed record ImportedUnit(string Code, string Name, string JurisdictionCode, UnitLevel Level, string? ParentCode, UnitKind Kind = UnitKind.Government);
