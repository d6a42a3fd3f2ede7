namespace InternalTthc.Core.Calendar;

/// <summary>Vietnam's civil time: UTC+7 all year (no daylight saving since 1975), weekly rest on Saturday and Sunday.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The wall-clock time in Vietnam of an absolute moment.</summary>
    public static DateTime ToLocal(DateTimeOffset moment) => moment.ToOffset(Offset).DateTime;

    /// <summary>The absolute moment (in UTC) of a Vietnam wall-clock time.</summary>
    public static DateTimeOffset ToUtc(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset).ToUniversalTime();

    /// <summary>The moment a day begins in Vietnam (00:00 of its wall clock).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The day it is in Vietnam at a moment.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment));

    /// <summary>Today in Vietnam by the clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>A moment as people read it in Vietnam: "HH:mm dd/MM/yyyy" of the wall clock.</summary>
    public static string Format(DateTimeOffset moment) =>
        ToLocal(moment).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day as people read it in Vietnam: "dd/MM/yyyy".</summary>
    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
