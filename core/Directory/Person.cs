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

    /// <summary>His Microsoft Entra object id (Teams' <c>aadObjectId</c>): his Teams account is linked to him at its first message.</summary>
    public string? EntraObjectId { get; set; }

    /// <summary>His Microsoft 365 sign-in name (UPN), kept in lower case; matched like the object id when Teams names no object id we know.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>The language he chose for the bot's texts ("en"); null: Vietnamese, whatever his client's locale.</summary>
    public string? Language { get; set; }
}
