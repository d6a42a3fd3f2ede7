using InternalTthc.Core.Calendar;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>The time parser over the default civil-servant calendar (07:30–11:30, 13:00–17:00), as the host builds it.</summary>
internal static class TestTimeParser
{
    public static VietnameseTimeParser Create()
    {
        var options = new CalendarOptions();
        var lunar = new VietnameseLunarCalendar();
        var calendar = new WorkingCalendar(options, lunar);
        var hours = new OfficeHours(options);
        return new VietnameseTimeParser(calendar, lunar, new DeadlineCalculator(calendar, hours, options), hours);
    }
}
