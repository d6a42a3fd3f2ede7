using System.Collections;
using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Operations.Logging;

/// <summary>
/// A log entry's structured values and message with personal data masked: a JSON log writes the values one by one,
/// a text log the message, and neither must show a citizen ID or a phone number whichever value held it.
/// </summary>
public sealed class MaskedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _values;
    private readonly string _message;

    public MaskedLogState(object? state, string message)
    {
        _message = PersonalData.Mask(message);
        _values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? [.. pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Key == "{OriginalFormat}" ? p.Value : Masked(p.Value)))]
            : [];
    }

    public int Count => _values.Count;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message;

    /// <summary>Texts are masked; a number stays a number unless its digits are themselves personal data (a phone stored as a number).</summary>
    private static object? Masked(object? value) => value switch
    {
        null or bool => value,
        string text => PersonalData.Mask(text),
        IFormattable number when value.GetType().IsPrimitive || value is decimal =>
            number.ToString(null, CultureInfo.InvariantCulture) is var digits && PersonalData.Mask(digits) != digits ? PersonalData.Hidden : value,
        _ => PersonalData.Mask(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
