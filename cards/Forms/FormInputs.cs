using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Cards.Forms;

/// <summary>Maps a catalog form field to the card inputs that ask it.</summary>
public static class FormInputs
{
    /// <summary>Suffix of the time input that accompanies a date-time field's date input.</summary>
    public const string TimeSuffix = "__time";

    /// <summary>Suffix of the answer key holding rows typed in an annex list's box and refused, shown there again.</summary>
    public const string LinesSuffix = "__lines";

    public static IEnumerable<CardElement> For(FormField f, string? value, string? error, IReadOnlyList<FieldOption> options)
    {
        InputElement Input(InputKind kind, string? shown = null) => new(f.Name, f.Label, kind)
        {
            Required = f.Required, Placeholder = f.Placeholder, Help = f.Help, MaxLength = f.MaxLength, Value = shown ?? value, Error = error,
            Choices = [.. options.Select(o => new InputChoice(o.Value, o.Label))],
        };

        switch (f.Type)
        {
            case FieldType.File:
                yield return new TextElement(CardTexts(f.Required ? "FileLater" : "FileLaterOptional", f.Label), TextRole.Subtle);
                break;
            case FieldType.DateTime:
                var parts = value?.Split(' ', 2);
                yield return Input(InputKind.Date, parts?[0]);
                // The hour may be unknown: a day alone is an answer ("không rõ giờ").
                yield return new InputElement(f.Name + TimeSuffix, Texts.CardText.Get("TimeOf", null, f.Label), InputKind.Time) { Value = parts is [_, var t] ? t : null };
                break;
            default:
                yield return Input(f.Type switch
                {
                    FieldType.LongText => InputKind.LongText,
                    FieldType.Email => InputKind.Email,
                    FieldType.Phone => InputKind.Phone,
                    FieldType.Number => InputKind.Number,
                    FieldType.Date => InputKind.Date,
                    FieldType.Choice or FieldType.Unit or FieldType.Person => InputKind.Choice,
                    FieldType.MultiChoice => InputKind.MultiChoice,
                    _ => InputKind.Text,
                });
                break;
        }
    }

    private static string CardTexts(string key, string label) => Texts.CardText.Get(key, null, label);
}
