using InternalTthc.Core.Text;

namespace InternalTthc.Core.Calendar;

/// <summary>User-facing calendar texts from CalendarTexts.resx (Vietnamese, neutral) and CalendarTexts.en.resx.</summary>
internal static class CalendarText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Calendar.CalendarTexts", typeof(CalendarText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string English(string key, params object[] args) => Texts.English(key, args);

    /// <summary>An error text for people: Vietnamese first, the English hint in parentheses.</summary>
    public static string Message(string key, params object[] args) => Texts.Message(key, args);
}
