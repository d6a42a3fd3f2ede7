using System.Globalization;
using System.Resources;

namespace InternalTthc.Core.Understanding;

/// <summary>User-facing understanding texts from UnderstandingTexts.resx (Vietnamese, neutral) and UnderstandingTexts.en.resx.</summary>
internal static class UnderstandingText
{
    // ResourceManager is thread-safe and immutable from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources =
        new("InternalTthc.Core.Understanding.UnderstandingTexts", typeof(UnderstandingText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("vi"), key, args);

    public static string English(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("en"), key, args);

    private static string Format(CultureInfo culture, string key, object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing understanding text '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
