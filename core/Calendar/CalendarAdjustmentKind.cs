namespace InternalTthc.Core.Calendar;

/// <summary>What an administrator's stored day does to the calendar.</summary>
public enum CalendarAdjustmentKind
{
    /// <summary>Ngày nghỉ bổ sung: a day off not (yet) in the law or the year's notice.</summary>
    DayOff,

    /// <summary>Ngày làm bù: a day that becomes a working day (an announced make-up Saturday, a cancelled day off).</summary>
    WorkingDay,
}
