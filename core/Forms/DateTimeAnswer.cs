using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Forms;

/// <summary>
/// The value of a date-time field: "yyyy-MM-dd HH:mm", or "yyyy-MM-dd" when the hour is not known, so
/// a day said without an hour is never taken for midnight; shown as people read it ("09:00 06/12/2026",
/// "06/12/2026 (không rõ giờ)").
/// </summary>
public static class DateTimeAnswer
{
    private const string DayFormat = "yyyy-MM-dd";
    private const string MomentFormat = "yyyy-MM-dd HH:mm";

    public static string Value(DateOnly day, TimeOnly? time) => time is { } t
        ? day.ToDateTime(t).ToString(MomentFormat, CultureInfo.InvariantCulture)
        : day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>The day and, when known, the time of a stored value; null for anything else.</summary>
    public static (DateOnly Day, TimeOnly? Time)? Read(string value)
    {
        if (DateTime.TryParseExact(value, MomentFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return (DateOnly.FromDateTime(moment), TimeOnly.FromDateTime(moment));
        }
        return DateOnly.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, null) : null;
    }

    /// <summary>"09:00 06/12/2026", "06/12/2026 (không rõ giờ)"; a value of another shape as it is.</summary>
    public static string Show(string value) => Read(value) switch
    {
        ({ } day, { } time) => VietnamTime.Format(new DateTimeOffset(day.ToDateTime(time), VietnamTime.Offset)),
        ({ } day, null) => FormText.Get("DayWithoutTime", VietnamTime.Format(day)),
        _ => value,
    };
}
