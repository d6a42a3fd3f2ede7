namespace InternalTthc.Core.Catalog;

/// <summary>
/// A published variant of one procedure, e.g. Thừa Thiên Huế's mailbox procedure has four:
/// new user, transfer, unit renamed, leaving or retiring.
/// </summary>
public sealed record SubCase
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>The published text of the variant's steps.</summary>
    public string? Description { get; init; }

    /// <summary>The kind of request this sub-case serves, one of its procedure's kinds; null: any of them.</summary>
    public RequestKind? Kind { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];
}
