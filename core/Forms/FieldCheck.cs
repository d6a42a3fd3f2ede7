using System.Text.Json;

namespace InternalTthc.Core.Forms;

/// <summary>The outcome of checking one answer: the normalized value to keep, or the Vietnamese reason it is refused.</summary>
public sealed record FieldCheck(JsonElement? Value, string? Error)
{
    public bool Ok => Error is null;

    public static FieldCheck Valid(JsonElement value) => new(value, null);

    public static FieldCheck Valid(string value) => new(JsonSerializer.SerializeToElement(value), null);

    public static FieldCheck Empty { get; } = new(null, null);

    public static FieldCheck Invalid(string error) => new(null, error);
}
