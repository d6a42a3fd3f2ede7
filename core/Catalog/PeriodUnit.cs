namespace InternalTthc.Core.Catalog;

public enum PeriodUnit
{
    Days,
    Months,
}
