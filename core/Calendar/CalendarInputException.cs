namespace InternalTthc.Core.Calendar;

/// <summary>Input a person typed that the calendar cannot read; the message is Vietnamese with an English hint.</summary>
public sealed class CalendarInputException : Exception
{
    public CalendarInputException()
    {
    }

    public CalendarInputException(string message) : base(message)
    {
    }

    public CalendarInputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    internal static CalendarInputException For(string key, params object[] args) =>
        new(CalendarText.Message(key, args)) { Vietnamese = CalendarText.Vietnamese(key, args), EnglishHint = CalendarText.English(key, args) };

    /// <summary>The error alone, for Vietnamese-only screens.</summary>
    public string Vietnamese { get; private init; } = "";

    public string EnglishHint { get; private init; } = "";
}
