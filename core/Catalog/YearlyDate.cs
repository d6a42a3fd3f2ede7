namespace InternalTthc.Core.Catalog;

/// <summary>A day of every year, e.g. 20/6: one of the bounds of a "trước ngày D/M" rule.</summary>
public sealed record YearlyDate(int Month, int Day)
{
    /// <summary>A day some year has (29/2 included).</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2024, Month);

    /// <summary>The day in <paramref name="year"/>; 29/2 of a common year is 1/3.</summary>
    public DateOnly In(int year) => new DateOnly(year, Month, 1).AddDays(Day - 1);

    public override string ToString() => $"{Day}/{Month}";
}
