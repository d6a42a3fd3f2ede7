using System.Globalization;
using System.Resources;

namespace InternalTthc.Cards.Texts;

/// <summary>User-facing card texts: CardTexts.resx (Vietnamese, the default) and CardTexts.en.resx.</summary>
public static class CardText
{
    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources = new("InternalTthc.Cards.Texts.CardTexts", typeof(CardText).Assembly);

    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi");

    public static string Get(string key, CultureInfo? culture = null, params object[] args)
    {
        var c = culture ?? Vietnamese;
        var text = Resources.GetString(key, c) ?? throw new InvalidOperationException($"Missing card text '{key}'.");
        return args.Length == 0 ? text : string.Format(c, text, args);
    }

    /// <summary>Every key of the default (Vietnamese) texts, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);
}
