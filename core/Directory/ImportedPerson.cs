namespace InternalTthc.Core.Directory;

public sealed record ImportedPerson
{
    public required string Login { get; init; }
    public required string FullName { get; init; }
    public string? Position { get; init; }
    public required string UnitCode { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }

    /// <summary>His Microsoft Entra object id, so his Teams account links itself at its first message.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>His Microsoft 365 sign-in name (UPN), matched when Teams gives no object id the directory knows.</summary>
    public string? UserPrincipalName { get; init; }

    /// <summary>Roles held, each for a unit code (the person's own unit when null).</summary>
    public IReadOnlyList<ImportedRole> Roles { get; init; } = [];

    /// <summary>Chat accounts that are this person (a Teams user id "29:...", a Zalo user id), linked on import.</summary>
    public IReadOnlyList<ImportedAccount> Accounts { get; init; } = [];
}
