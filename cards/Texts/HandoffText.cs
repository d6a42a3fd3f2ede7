using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Cards.Texts;

/// <summary>What the hand-off to a person says: HandoffTexts.resx (Vietnamese, the default) and HandoffTexts.en.resx.</summary>
public static class HandoffText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Cards.Texts.HandoffTexts", typeof(HandoffText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(ResourceTexts.Vi, key, args);

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
