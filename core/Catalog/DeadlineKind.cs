namespace InternalTthc.Core.Catalog;

public enum DeadlineKind
{
    /// <summary>"Không quy định": no legal deadline.</summary>
    None,
    /// <summary>"N ngày làm việc kể từ ...": the start day is not counted; due at the end of the Nth working day.</summary>
    WorkingDays,
    /// <summary>"không quá N giờ làm việc": consumed from office hours; outside hours starts at the next working hour.</summary>
    WorkingHours,
    /// <summary>"trước ngày D tháng M hằng năm": an exclusive yearly bound; the last valid day is the day before.</summary>
    BeforeDate,
    /// <summary>"vào tháng M": due by the end of month M of the year.</summary>
    InMonth,
    /// <summary>"không quá N giờ" (not said to be working hours): N hours of the clock from the start, night and holidays included.</summary>
    CalendarHours,
    /// <summary>"trong thời hạn N ngày": the start day is not counted; due at the end of the Nth day, moved to the next working day when that day is off.</summary>
    CalendarDays,
}
