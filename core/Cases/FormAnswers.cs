using System.Collections.Immutable;
using System.Text.Json;

namespace InternalTthc.Core.Cases;

/// <summary>
/// The answers of a case's form by field name. Values are JSON so that one type holds texts,
/// choices, rows of an annex list and file references alike.
/// </summary>
public sealed class FormAnswers
{
    public static FormAnswers Empty { get; } = new(ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, JsonElement> _values;

    private FormAnswers(ImmutableSortedDictionary<string, JsonElement> values) => _values = values;

    public IReadOnlyDictionary<string, JsonElement> Values => _values;

    public string? Text(string name) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public FormAnswers With(string name, JsonElement value) => new(_values.SetItem(name, value.Clone()));

    public FormAnswers With(string name, string value) => With(name, JsonSerializer.SerializeToElement(value));

    public FormAnswers Without(string name) => new(_values.Remove(name));

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static FormAnswers FromJson(string json) =>
        new((JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [])
            .ToImmutableSortedDictionary(StringComparer.Ordinal));
}
