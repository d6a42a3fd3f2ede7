using System.Globalization;
using System.Resources;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>User-facing texts of Direct Line and the Web Chat page from DirectLineTexts.resx (Vietnamese) and its English twin.</summary>
internal static class DirectLineText
{
    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources =
        new("InternalTthc.Bot.Channels.DirectLine.DirectLineTexts", typeof(DirectLineText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("vi"), key, args);

    /// <summary>An error text for people: Vietnamese first, the English hint in parentheses.</summary>
    public static string Message(string key, params object[] args) =>
        $"{Vietnamese(key, args)} ({Format(CultureInfo.GetCultureInfo("en"), key, args)})";

    private static string Format(CultureInfo culture, string key, object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing Direct Line text '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
