using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Checks one typed answer against its form field, on the server, whatever the card claimed:
/// required, type (e-mail, phone, 12-digit citizen ID, dates...), length, pattern, choices.
/// </summary>
public sealed partial class FieldValueValidator
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H'h'mm", "H'h'", "H'g'mm", "H:mm:ss"];

    /// <param name="options">The answers a choice, unit or person field offers; catalog choices when null.</param>
    public FieldCheck Check(FormField field, string? raw, IReadOnlyList<FieldOption>? options = null)
    {
        var text = (raw ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (text.Length == 0)
        {
            return field.Required ? FieldCheck.Invalid(ValidationText.Get("Required", ValidationText.Label(field))) : FieldCheck.Empty;
        }

        if (field.MaxLength is { } max && text.Length > max)
        {
            return FieldCheck.Invalid(ValidationText.Get("TooLong", ValidationText.Label(field), max));
        }

        var check = field.Type switch
        {
            FieldType.Email => Email(text),
            FieldType.Phone => Phone(text),
            FieldType.CitizenId => CitizenId(text),
            FieldType.Number => Number(text),
            FieldType.Date => Date(text),
            FieldType.DateTime => DateTimeValue(text),
            FieldType.Choice or FieldType.Unit or FieldType.Person => OneOf(field, text, Options(field, options)),
            FieldType.MultiChoice => ManyOf(field, text, Options(field, options)),
            _ => FieldCheck.Valid(text),
        };
        if (!check.Ok || field.Pattern is null || check.Value?.ValueKind != JsonValueKind.String)
        {
            return check;
        }

        return Regex.IsMatch(check.Value.Value.GetString()!, $"^(?:{field.Pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1))
            ? check
            : FieldCheck.Invalid(field.PatternError ?? ValidationText.Get("PatternMismatch", ValidationText.Label(field)));
    }

    private static IReadOnlyList<FieldOption> Options(FormField field, IReadOnlyList<FieldOption>? options) =>
        options ?? [.. field.Choices.Select(c => new FieldOption(c.Value, c.Label))];

    private static FieldCheck Email(string text)
    {
        var value = text.ToLowerInvariant();
        return EmailShape().IsMatch(value) ? FieldCheck.Valid(value) : FieldCheck.Invalid(ValidationText.Get("BadEmail", text));
    }

    private static FieldCheck Phone(string text) =>
        PhoneNumbers.Normalize(text) is { } digits ? FieldCheck.Valid(digits) : FieldCheck.Invalid(ValidationText.Get("BadPhone"));

    private static FieldCheck CitizenId(string text)
    {
        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return digits.Length == 12 && digits.All(char.IsAsciiDigit) ? FieldCheck.Valid(digits) : FieldCheck.Invalid(ValidationText.Get("BadCitizenId"));
    }

    private static FieldCheck Number(string text)
    {
        // Vietnamese writes 1.234,5; people also type 1234.5. A single separator with 1-2 decimals is decimal.
        var normalized = ThousandsDots().IsMatch(text) ? text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : text.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            ? FieldCheck.Valid(JsonSerializer.SerializeToElement(n))
            : FieldCheck.Invalid(ValidationText.Get("BadNumber", text));
    }

    private static FieldCheck Date(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? FieldCheck.Valid(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : FieldCheck.Invalid(ValidationText.Get("BadDate", text));

    /// <summary>A day and a time in either order ("06/12/2026 09:00", "09:00 06/12/2026"), or a day alone when the hour is not known.</summary>
    private static FieldCheck DateTimeValue(string text)
    {
        var parts = text.Replace('T', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool Day(string s, out DateOnly d) => DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
        bool Time(string s, out TimeOnly t) => TimeOnly.TryParseExact(s, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
        return parts switch
        {
            [var a, var b] when Day(a, out var d) && Time(b, out var t) => FieldCheck.Valid(DateTimeAnswer.Value(d, t)),
            [var a, var b] when Time(a, out var t) && Day(b, out var d) => FieldCheck.Valid(DateTimeAnswer.Value(d, t)),
            [var a] when Day(a, out var d) => FieldCheck.Valid(DateTimeAnswer.Value(d, null)),
            _ => FieldCheck.Invalid(ValidationText.Get("BadDateTime", text)),
        };
    }

    private static FieldCheck OneOf(FormField field, string text, IReadOnlyList<FieldOption> options) =>
        Find(options, text) is { } option ? FieldCheck.Valid(option.Value) : FieldCheck.Invalid(ValidationText.Get("NotAChoice", ValidationText.Label(field)));

    private static FieldCheck ManyOf(FormField field, string text, IReadOnlyList<FieldOption> options)
    {
        var chosen = new List<string>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(options, part) is not { } option) return FieldCheck.Invalid(ValidationText.Get("NotAChoiceNamed", ValidationText.Label(field), part));
            if (!chosen.Contains(option.Value)) chosen.Add(option.Value);
        }

        return chosen.Count == 0 && field.Required ? FieldCheck.Invalid(ValidationText.Get("Required", ValidationText.Label(field))) : FieldCheck.Valid(JsonSerializer.SerializeToElement(chosen));
    }

    /// <summary>An option by value, by number (text channels) or by label with or without diacritics.</summary>
    private static FieldOption? Find(IReadOnlyList<FieldOption> options, string text)
    {
        if (options.FirstOrDefault(o => o.Value == text) is { } exact) return exact;
        if (int.TryParse(text, out var n) && n >= 1 && n <= options.Count) return options[n - 1];
        var folded = VietnameseText.Fold(text);
        return options.FirstOrDefault(o => VietnameseText.Fold(o.Label) == folded || VietnameseText.Fold(o.Value) == folded);
    }

    [GeneratedRegex(@"^[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex ThousandsDots();
}
