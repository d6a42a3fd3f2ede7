namespace InternalTthc.Core.Calendar;

/// <summary>What "the end of a day" means for a deadline due at the end of its last day.</summary>
public enum DayEnd
{
    /// <summary>Close of office hours on that day: the operational reading, and the default.</summary>
    OfficeClose,
    /// <summary>24:00 of that day (Bộ luật Dân sự 2015, Điều 148 khoản 1): the legal reading.</summary>
    Midnight,
}
