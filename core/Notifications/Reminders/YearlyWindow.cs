using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>One yearly date of a rule in a year: the exclusive bound ("trước ngày 20/6"), and for a month the day it opens.</summary>
internal sealed record YearlyWindow(DateOnly Bound, DateOnly? Opens)
{
    /// <summary>Every window of the rule in <paramref name="year"/>: one per date of a "trước ngày" rule, one for a month.</summary>
    public static IEnumerable<YearlyWindow> Of(DeadlineRule rule, int year) => rule.Kind == DeadlineKind.InMonth
        ? [new YearlyWindow(new DateOnly(year, rule.Month!.Value, 1).AddMonths(1), new DateOnly(year, rule.Month!.Value, 1))]
        : rule.YearlyDates.Select(d => new YearlyWindow(d.In(year), null));
}
