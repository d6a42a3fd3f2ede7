namespace InternalTthc.Core.Directory;

/// <summary>A person with the roles he holds, as read from the directory for one request.</summary>
public sealed record PersonRoles(Person Person, IReadOnlyList<RoleAssignment> Roles)
{
    public bool Holds(Role role, Guid unitId) => Roles.Any(r => r.Role == role && r.UnitId == unitId);

    public bool HoldsAnywhere(Role role) => Roles.Any(r => r.Role == role);
}
