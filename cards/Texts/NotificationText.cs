using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Cards.Texts;

/// <summary>What proactive messages say: NotificationTexts.resx (Vietnamese, the default) and NotificationTexts.en.resx.</summary>
public static class NotificationText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Cards.Texts.NotificationTexts", typeof(NotificationText).Assembly);

    public static string Get(string key, CultureInfo? culture = null, params object[] args) => Texts.Get(culture ?? ResourceTexts.Current, key, args);

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
