namespace InternalTthc.Core.Catalog;

/// <summary>
/// The machine reading of a published deadline ("thời hạn giải quyết"). The published text is
/// kept beside it in <see cref="PublishedFields.DeadlineText"/>; the validator checks they agree.
/// </summary>
public sealed record DeadlineRule
{
    public DeadlineKind Kind { get; init; }

    /// <summary>N for the counted kinds (working or calendar days and hours).</summary>
    public int? Value { get; init; }

    /// <summary>Month of a yearly bound (<see cref="DeadlineKind.BeforeDate"/>) or of <see cref="DeadlineKind.InMonth"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Day of a yearly bound: "trước ngày 25 tháng 11" is Month 11, Day 25, exclusive.</summary>
    public int? Day { get; init; }

    /// <summary>Several yearly bounds of one rule ("trước ngày 20/6 ... trước ngày 20/12 hằng năm"), instead of Month and Day.</summary>
    public IReadOnlyList<YearlyDate> Dates { get; init; } = [];

    /// <summary>What starts the clock; published texts say "kể từ ngày nhận được hồ sơ hợp lệ" and the like.</summary>
    public DeadlineStart From { get; init; } = DeadlineStart.ValidReceipt;

    /// <summary>The date field of the form that starts the clock when <see cref="From"/> is <see cref="DeadlineStart.FormDate"/>.</summary>
    public string? FromField { get; init; }

    public static DeadlineRule None { get; } = new() { Kind = DeadlineKind.None };

    public static DeadlineRule WorkingDays(int days, DeadlineStart from = DeadlineStart.ValidReceipt) =>
        new() { Kind = DeadlineKind.WorkingDays, Value = days, From = from };

    public static DeadlineRule WorkingHours(int hours, DeadlineStart from = DeadlineStart.Submission) =>
        new() { Kind = DeadlineKind.WorkingHours, Value = hours, From = from };

    public static DeadlineRule CalendarHours(int hours, DeadlineStart from = DeadlineStart.Receipt) =>
        new() { Kind = DeadlineKind.CalendarHours, Value = hours, From = from };

    public static DeadlineRule CalendarDays(int days, DeadlineStart from = DeadlineStart.Receipt, string? fromField = null) =>
        new() { Kind = DeadlineKind.CalendarDays, Value = days, From = from, FromField = fromField };

    public static DeadlineRule BeforeDate(int month, int day) =>
        new() { Kind = DeadlineKind.BeforeDate, Month = month, Day = day };

    public static DeadlineRule BeforeDates(params YearlyDate[] dates) => new() { Kind = DeadlineKind.BeforeDate, Dates = dates };

    public static DeadlineRule InMonth(int month) => new() { Kind = DeadlineKind.InMonth, Month = month };

    /// <summary>The yearly bounds of a <see cref="DeadlineKind.BeforeDate"/> rule, in the order of the year.</summary>
    public IReadOnlyList<YearlyDate> YearlyDates => Dates.Count > 0
        ? [.. Dates.OrderBy(d => d.Month).ThenBy(d => d.Day)]
        : Month is { } m && Day is { } d ? [new YearlyDate(m, d)] : [];

    /// <summary>Counted on the clock (nights, weekends and holidays included) rather than in office time.</summary>
    public bool CountsCalendarTime => Kind is DeadlineKind.CalendarHours or DeadlineKind.CalendarDays;

    /// <summary>A period counted from a start (as opposed to a yearly date or none).</summary>
    public bool IsPeriod => Kind is DeadlineKind.WorkingDays or DeadlineKind.WorkingHours or DeadlineKind.CalendarDays or DeadlineKind.CalendarHours;

    public override string ToString() => Kind switch
    {
        DeadlineKind.WorkingDays => $"{Value} ngày làm việc",
        DeadlineKind.WorkingHours => $"{Value} giờ làm việc",
        DeadlineKind.CalendarDays => $"{Value} ngày",
        DeadlineKind.CalendarHours => $"{Value} giờ",
        DeadlineKind.BeforeDate => $"trước ngày {string.Join(", ", YearlyDates)} hằng năm",
        DeadlineKind.InMonth => $"trong tháng {Month}",
        _ => "không quy định",
    };
}
