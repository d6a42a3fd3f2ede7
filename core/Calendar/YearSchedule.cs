namespace InternalTthc.Core.Calendar;

/// <summary>
/// The civil-servant days off of one year besides ordinary weekends: every day off (weekend days
/// inside a holiday break included) and every make-up Saturday, which is a working day.
/// </summary>
public sealed record YearSchedule(
    int Year,
    ScheduleOrigin Origin,
    IReadOnlyList<string> Documents,
    IReadOnlyList<CalendarEntry> DaysOff,
    IReadOnlyList<CalendarEntry> MakeUpDays);
