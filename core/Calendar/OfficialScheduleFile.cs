namespace InternalTthc.Core.Calendar;

/// <summary>The content of one yearly schedule file (Calendar/Data/YYYY.json), filled from the official notices.</summary>
public sealed record OfficialScheduleFile
{
    public int Year { get; init; }

    /// <summary>The notices and letters the schedule comes from, with number, date and issuer.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    public IReadOnlyList<ScheduleRange> DaysOff { get; init; } = [];

    /// <summary>Make-up Saturdays (ngày làm bù): working days.</summary>
    public IReadOnlyList<ScheduleRange> WorkingDays { get; init; } = [];
}
