namespace InternalTthc.Core.Catalog;

/// <summary>
/// A published variant of one procedure, e.g. Thừa Thiên Huế's mailbox procedure has four:
/// new user, transfer, unit renamed, leaving or retiring. A variant may have its own form
/// (Mẫu 01 for a new recruit, Mẫu 02 for a change), ask only some columns of a shared list,
/// and fix a value instead of asking it.
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

    /// <summary>The published form of this variant ("Mẫu 01"); null: the procedure's.</summary>
    public string? FormName { get; init; }

    /// <summary>For a rows field shared by several variants, the columns this one asks (by name, in the field's order).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Values this variant sets instead of asking.</summary>
    public IReadOnlyList<FixedValue> Fixed { get; init; } = [];
}
