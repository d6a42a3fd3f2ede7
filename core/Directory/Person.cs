namespace InternalTthc.Core.Directory;

/// <summary>A civil servant known to the directory (cán bộ, công chức, viên chức).</summary>
public sealed class Person
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Sign-in name, unique: the e-mail address in production, a short key for demo people.</summary>
    public required string Login { get; init; }

    public required string FullName { get; set; }
    public string? Position { get; set; }
    public required Guid UnitId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool Active { get; set; } = true;
    public bool IsDemo { get; init; }
}
