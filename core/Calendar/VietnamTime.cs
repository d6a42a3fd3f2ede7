namespace InternalTthc.Core.Calendar;

/// <summary>Vietnam's civil time: UTC+7 all year (no daylight saving since 1975).</summary>
public static class VietnamTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => moment.ToOffset(Offset);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
