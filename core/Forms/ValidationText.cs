using System.Globalization;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Messages for refused answers: ValidationTexts.resx (Vietnamese, the default) and ValidationTexts.en.resx, in the
/// language of the person answering (<see cref="ResourceTexts.Current"/>).
/// </summary>
public static class ValidationText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Forms.ValidationTexts", typeof(ValidationText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);

    /// <summary>The field's label in the language of the message: its English label when it has one and the person reads English.</summary>
    public static string Label(FormField field) =>
        ResourceTexts.Current.Name == ResourceTexts.En.Name && !string.IsNullOrWhiteSpace(field.LabelEn) ? field.LabelEn : field.Label;

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);

    public static string Get(CultureInfo culture, string key, params object[] args) => Texts.Get(culture, key, args);
}
