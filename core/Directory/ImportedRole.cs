namespace InternalTthc.Core.Directory;

public sealed record ImportedRole(Role Role, string? UnitCode = null);
