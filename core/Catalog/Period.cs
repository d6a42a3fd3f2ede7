namespace InternalTthc.Core.Catalog;

/// <summary>A length of time a system event waits: "03 tháng", "45 ngày".</summary>
public sealed record Period(int Value, PeriodUnit Unit)
{
    public DateTimeOffset After(DateTimeOffset moment) => Unit == PeriodUnit.Months ? moment.AddMonths(Value) : moment.AddDays(Value);
}
