using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Builds the calendar services as the host does, and reads Vietnam wall-clock times in tests.</summary>
internal static class TestCalendar
{
    public const string Jurisdiction = "lai-chau";

    public static WorkingCalendar Days(CalendarOptions? options = null) =>
        new(options ?? new CalendarOptions(), new VietnameseLunarCalendar());

    public static DeadlineCalculator Calculator(CalendarOptions? options = null)
    {
        options ??= new CalendarOptions();
        return new DeadlineCalculator(Days(options), new OfficeHours(options), options);
    }

    /// <summary>"yyyy-MM-dd HH:mm" or "yyyy-MM-dd" in Vietnam time.</summary>
    public static DateTimeOffset Local(string text) => new(
        DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None),
        VietnamTime.Offset);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Show(DateTimeOffset? moment) =>
        moment is { } m ? VietnamTime.ToLocal(m).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "none";
}
