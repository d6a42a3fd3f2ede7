using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>What the Zalo channel itself tells people (ZaloTexts.resx, Vietnamese; ZaloTexts.en.resx, English).</summary>
public static class ZaloText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Bot.Channels.Zalo.ZaloTexts", typeof(ZaloText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Vietnamese(key, args);

    /// <summary>Every key of one language's file, for the test that both have them all.</summary>
    internal static IEnumerable<string> Keys(System.Globalization.CultureInfo culture) => Texts.Keys(culture);
}
