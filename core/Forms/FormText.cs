using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>
/// User-facing form texts from FormTexts.resx (Vietnamese, neutral) and FormTexts.en.resx. What is said to a person (a
/// fault of his list) is in his language (<see cref="Get"/>); the annex workbook stays Vietnamese (<see cref="Vietnamese"/>),
/// like the published annex it copies, so that its header is found again whoever fills it.
/// </summary>
internal static class FormText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Forms.FormTexts", typeof(FormText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string English(string key, params object[] args) => Texts.English(key, args);

    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
