namespace InternalTthc.Core.Catalog;

/// <summary>
/// The machine reading of a published deadline ("thời hạn giải quyết"). The published text is
/// kept beside it in <see cref="PublishedFields.DeadlineText"/>; the validator checks they agree.
/// </summary>
public sealed record DeadlineRule
{
    public DeadlineKind Kind { get; init; }

    /// <summary>N for <see cref="DeadlineKind.WorkingDays"/> and <see cref="DeadlineKind.WorkingHours"/>.</summary>
    public int? Value { get; init; }

    /// <summary>Month of a yearly bound (<see cref="DeadlineKind.BeforeDate"/>) or of <see cref="DeadlineKind.InMonth"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Day of a yearly bound: "trước ngày 25 tháng 11" is Month 11, Day 25, exclusive.</summary>
    public int? Day { get; init; }

    /// <summary>What starts the clock; published texts say "kể từ ngày nhận được hồ sơ hợp lệ" and the like.</summary>
    public DeadlineStart From { get; init; } = DeadlineStart.ValidReceipt;

    public static DeadlineRule None { get; } = new() { Kind = DeadlineKind.None };

    public static DeadlineRule WorkingDays(int days, DeadlineStart from = DeadlineStart.ValidReceipt) =>
        new() { Kind = DeadlineKind.WorkingDays, Value = days, From = from };

    public static DeadlineRule WorkingHours(int hours, DeadlineStart from = DeadlineStart.Submission) =>
        new() { Kind = DeadlineKind.WorkingHours, Value = hours, From = from };

    public static DeadlineRule BeforeDate(int month, int day) =>
        new() { Kind = DeadlineKind.BeforeDate, Month = month, Day = day };

    public static DeadlineRule InMonth(int month) => new() { Kind = DeadlineKind.InMonth, Month = month };

    public override string ToString() => Kind switch
    {
        DeadlineKind.WorkingDays => $"{Value} ngày làm việc",
        DeadlineKind.WorkingHours => $"{Value} giờ làm việc",
        DeadlineKind.BeforeDate => $"trước ngày {Day}/{Month} hằng năm",
        DeadlineKind.InMonth => $"trong tháng {Month}",
        _ => "không quy định",
    };
}
