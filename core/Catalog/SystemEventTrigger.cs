namespace InternalTthc.Core.Catalog;

/// <summary>One cause of a system event, with its period where the source gives one.</summary>
public sealed record SystemEventTrigger
{
    public required SystemEventCause On { get; init; }

    /// <summary>How long after the cause began (inactivity, another event).</summary>
    public Period? After { get; init; }

    /// <summary>The code of the event this one follows, for <see cref="SystemEventCause.AfterEvent"/>.</summary>
    public string? Event { get; init; }

    /// <summary>The interval of a <see cref="SystemEventCause.Schedule"/>.</summary>
    public Period? Every { get; init; }

    /// <summary>
    /// The day the first period of <see cref="Every"/> starts (calendar quarters: a 1 January); with it the dates are known,
    /// each period's duty falling due before the next period starts. Without it the schedule is only explained.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>The yearly dates of a schedule, exclusive bounds ("trước ngày 20/12 hằng năm"), instead of <see cref="Every"/>.</summary>
    public IReadOnlyList<YearlyDate> Dates { get; init; } = [];

    /// <summary>Working days before each date to remind the actor's agents; null: the jurisdiction's <see cref="ReminderPolicy.BeforeYearlyDateDays"/>.</summary>
    public IReadOnlyList<int>? RemindBeforeDays { get; init; }

    /// <summary>Whether the schedule's dates are known, so that they can be reminded.</summary>
    public bool HasDates => On == SystemEventCause.Schedule && (Dates.Count > 0 || (Every is not null && From is not null));

    /// <summary>The dates the duty falls due in <paramref name="year"/> (exclusive bounds: the duty is done before the day starts).</summary>
    public IEnumerable<DateOnly> DatesIn(int year)
    {
        if (!HasDates)
        {
            return [];
        }

        if (Dates.Count > 0)
        {
            return Dates.Select(d => d.In(year)).Distinct().Order();
        }

        return Periods().SkipWhile(d => d.Year < year).TakeWhile(d => d.Year == year);
    }

    /// <summary>The first date after <paramref name="day"/>; null when the dates are not known.</summary>
    public DateOnly? NextDateAfter(DateOnly day) =>
        DatesIn(day.Year).Concat(DatesIn(day.Year + 1)).Where(d => d > day).Select(d => (DateOnly?)d).FirstOrDefault();

    /// <summary>The end of every period from <see cref="From"/> on, counted from the start so that months keep their day (31/1, 28/2, 31/3...).</summary>
    private IEnumerable<DateOnly> Periods()
    {
        var (from, every) = (From!.Value, Every!);
        for (var n = 1; every.Value > 0; n++)
        {
            yield return every.Unit == PeriodUnit.Months ? from.AddMonths(n * every.Value) : from.AddDays(n * every.Value);
        }
    }
}
