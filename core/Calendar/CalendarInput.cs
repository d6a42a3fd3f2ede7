using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Reads dates as people write them in Vietnam: d/m/yyyy (never m/d) or ISO yyyy-mm-dd; moments as
/// "yyyy-mm-dd HH:mm" in Vietnam time; lunar dates as d/m/yyyy with "nhuận" for a leap month.
/// Failures are <see cref="CalendarInputException"/>s.
/// </summary>
public static partial class CalendarInput
{
    public static int ParseYear(string text)
    {
        var trimmed = Normalize(text);
        if (!YearPattern().IsMatch(trimmed))
        {
            throw CalendarInputException.For("BadYear", trimmed);
        }
        return CheckYear(int.Parse(trimmed, CultureInfo.InvariantCulture));
    }

    public static DateOnly ParseDate(string text)
    {
        var trimmed = Normalize(text);
        var match = DatePattern().Match(trimmed);
        return match.Success ? ToDate(match, trimmed) : throw CalendarInputException.For("BadDate", trimmed);
    }

    /// <summary>A Vietnam wall-clock moment, returned as an absolute moment in UTC.</summary>
    public static DateTimeOffset ParseMoment(string text)
    {
        var trimmed = Normalize(text);
        var match = MomentPattern().Match(trimmed);
        if (!match.Success)
        {
            throw CalendarInputException.For("BadMoment", trimmed);
        }
        var date = ToDate(match, trimmed);
        int hour = Number(match, "hour"), minute = Number(match, "minute");
        if (hour > 23 || minute > 59)
        {
            throw CalendarInputException.For("BadMoment", trimmed);
        }
        return VietnamTime.ToUtc(date.ToDateTime(new TimeOnly(hour, minute)));
    }

    public static LunarDate ParseLunarDate(string text)
    {
        var trimmed = Normalize(text);
        var match = LunarPattern().Match(trimmed);
        if (!match.Success || Number(match, "day") is < 1 or > 30 || Number(match, "month") is < 1 or > 12)
        {
            throw CalendarInputException.For("BadLunarDate", trimmed);
        }
        bool leap = match.Groups["leap"].Success || match.Groups["leapAfter"].Success;
        return new LunarDate(Number(match, "day"), Number(match, "month"), CheckYear(Number(match, "year")), leap);
    }

    private static DateOnly ToDate(Match match, string text)
    {
        int year = Number(match, "year"), month = Number(match, "month"), day = Number(match, "day");
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month))
        {
            throw CalendarInputException.For("BadDate", text);
        }
        return new DateOnly(CheckYear(year), month, day);
    }

    private static int CheckYear(int year) => year is >= VietnameseLunarCalendar.MinYear and <= VietnameseLunarCalendar.MaxYear
        ? year
        : throw CalendarInputException.For("YearOutOfRange", year, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear);

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Composed Unicode (input may arrive decomposed), lower case, single spaces.</summary>
    private static string Normalize(string text) =>
        Spaces().Replace(text.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    /// <summary>d/m/yyyy or yyyy-mm-dd; both fill the same named groups.</summary>
    private const string DatePart = @"(?:(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})|(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2}))";

    [GeneratedRegex("^" + DatePart + "$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + DatePart + @"[ t](?<hour>\d{1,2})[:h](?<minute>\d{2})$")]
    private static partial Regex MomentPattern();

    /// <summary>"15/3/2031", or a leap month: "15/3 nhuận/2031", "15/3n/2031", "15/3/2031 nhuận" (with or without diacritics).</summary>
    [GeneratedRegex(@"^(?<day>\d{1,2})/(?<month>\d{1,2}) ?(?<leap>n|nhuận|nhuan|leap)?/(?<year>\d{4})(?: \(?(?<leapAfter>nhuận|nhuan|leap)\)?)?$")]
    private static partial Regex LunarPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
