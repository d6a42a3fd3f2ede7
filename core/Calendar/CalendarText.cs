using System.Globalization;
using System.Resources;

namespace InternalTthc.Core.Calendar;

/// <summary>User-facing calendar texts from CalendarTexts.resx (Vietnamese, neutral) and CalendarTexts.en.resx.</summary>
internal static class CalendarText
{
    // ResourceManager is thread-safe and immutable from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources =
        new("InternalTthc.Core.Calendar.CalendarTexts", typeof(CalendarText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("vi"), key, args);

    public static string English(string key, params object[] args) => Format(CultureInfo.GetCultureInfo("en"), key, args);

    /// <summary>An error text for people: Vietnamese first, the English hint in parentheses.</summary>
    public static string Message(string key, params object[] args) => $"{Vietnamese(key, args)} ({English(key, args)})";

    private static string Format(CultureInfo culture, string key, object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing calendar text '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
