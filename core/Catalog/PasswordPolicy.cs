namespace InternalTthc.Core.Catalog;

/// <summary>What a jurisdiction requires of mailbox passwords, told to people when they get a new mailbox or password.</summary>
public sealed record PasswordPolicy
{
    /// <summary>Fewest characters of a user's password (Bắc Ninh: 8).</summary>
    public int? MinLength { get; init; }

    /// <summary>Fewest characters of a system administrator's password (Bắc Ninh: 10).</summary>
    public int? AdminMinLength { get; init; }

    /// <summary>Lower case, upper case, digits and special characters all required.</summary>
    public bool MixedCharacters { get; init; }

    /// <summary>A user's password is changed every so many months.</summary>
    public int? ChangeEveryMonths { get; init; }

    public int? AdminChangeEveryMonths { get; init; }

    public bool NotTheLogin { get; init; }

    /// <summary>The new password may not be one of the last N.</summary>
    public int? NoReuseOfLast { get; init; }

    /// <summary>Change the password given at the first log-in.</summary>
    public bool ChangeAtFirstLogin { get; init; }

    public required string Source { get; init; }
}
