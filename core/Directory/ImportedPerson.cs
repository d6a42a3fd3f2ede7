namespace InternalTthc.Core.Directory;

public sealed record ImportedPerson
{
    public required string Login { get; init; }
    public required string FullName { get; init; }
    public string? Position { get; init; }
    public required string UnitCode { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }

    /// <summary>Roles held, each for a unit code (the person's own unit when null).</summary>
    public IReadOnlyList<ImportedRole> Roles { get; init; } = [];
}
