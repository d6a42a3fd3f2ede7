namespace InternalTthc.Core.Directory;

/// <summary>A person holds a role for one unit (the focal point of a unit, an agent of a centre).</summary>
public sealed class RoleAssignment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public required Role Role { get; init; }
    public required Guid UnitId { get; init; }
}
