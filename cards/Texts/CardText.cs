using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Cards.Texts;

/// <summary>User-facing card texts: CardTexts.resx (Vietnamese, the default) and CardTexts.en.resx.</summary>
public static class CardText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Cards.Texts.CardTexts", typeof(CardText).Assembly);

    public static CultureInfo Vietnamese => ResourceTexts.Vi;

    public static string Get(string key, CultureInfo? culture = null, params object[] args) => Texts.Get(culture ?? ResourceTexts.Current, key, args);

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
