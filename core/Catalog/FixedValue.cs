namespace InternalTthc.Core.Catalog;

/// <summary>
/// A value a sub-case sets instead of asking: a top-level field, or a column of a rows field in every row
/// (e.g. Mẫu 02's "Loại thay đổi" is "chuyển công tác" in the transfer sub-case).
/// </summary>
public sealed record FixedValue
{
    public required string Field { get; init; }
    public string? Column { get; init; }
    public required string Value { get; init; }
}
