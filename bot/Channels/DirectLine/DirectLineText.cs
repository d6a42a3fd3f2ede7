using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>User-facing texts of Direct Line and the Web Chat page from DirectLineTexts.resx (Vietnamese) and its English twin.</summary>
internal static class DirectLineText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Bot.Channels.DirectLine.DirectLineTexts", typeof(DirectLineText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    /// <summary>An error text for people: Vietnamese first, the English hint in parentheses.</summary>
    public static string Message(string key, params object[] args) => Texts.Message(key, args);
}
