using System.Globalization;
using System.Resources;

namespace InternalTthc.Core.Forms;

/// <summary>User-facing form texts from FormTexts.resx (Vietnamese, neutral) and FormTexts.en.resx.</summary>
internal static class FormText
{
    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources =
        new("InternalTthc.Core.Forms.FormTexts", typeof(FormText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("vi"), key, args);

    public static string English(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("en"), key, args);

    /// <summary>Every key of one culture's own file, for the test that both languages have them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    private static string Format(CultureInfo culture, string key, object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing form text '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
