namespace InternalTthc.Core.Catalog;

/// <summary>A day of every year, e.g. 20/6: one of the bounds of a "trước ngày D/M" rule.</summary>
public sealed record YearlyDate(int Month, int Day)
{
    public override string ToString() => $"{Day}/{Month}";
}
