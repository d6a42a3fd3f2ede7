using System.Text.Json.Serialization;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// "When the answer of <see cref="Field"/> is one of these": a top-level field names another top-level field,
/// a column another column of the same row. Choice answers are compared by value.
/// </summary>
public sealed record FieldCondition
{
    public required string Field { get; init; }

    /// <summary>The one value that satisfies the condition ("equals" in the file); or use <see cref="In"/>.</summary>
    [JsonPropertyName("equals")]
    public string? EqualTo { get; init; }

    /// <summary>Any of these values satisfies the condition.</summary>
    public IReadOnlyList<string> In { get; init; } = [];

    /// <summary>Whether there are no values at all: then any non-empty answer satisfies it ("when it is answered").</summary>
    public bool OnAnyAnswer => EqualTo is null && In.Count == 0;

    public bool IsMetBy(string? answer) =>
        answer is { Length: > 0 } a && (OnAnyAnswer || a == EqualTo || In.Contains(a, StringComparer.Ordinal));

    public IEnumerable<string> Values => EqualTo is null ? In : In.Prepend(EqualTo);

    /// <summary>By content, not by list reference: a column shown and required under the same condition is hinted once.</summary>
    public bool Equals(FieldCondition? other) =>
        other is not null && Field == other.Field && EqualTo == other.EqualTo && In.SequenceEqual(other.In);

    public override int GetHashCode() => HashCode.Combine(Field, EqualTo, In.Count);
}
