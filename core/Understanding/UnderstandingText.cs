using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>User-facing understanding texts from UnderstandingTexts.resx (Vietnamese, neutral) and UnderstandingTexts.en.resx.</summary>
internal static class UnderstandingText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Understanding.UnderstandingTexts", typeof(UnderstandingText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string English(string key, params object[] args) => Texts.English(key, args);
}
