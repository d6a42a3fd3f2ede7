using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>User-facing form texts from FormTexts.resx (Vietnamese, neutral) and FormTexts.en.resx.</summary>
internal static class FormText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Forms.FormTexts", typeof(FormText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string English(string key, params object[] args) => Texts.English(key, args);

    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
