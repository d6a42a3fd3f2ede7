namespace InternalTthc.Core.Understanding;

/// <summary>Parts of the day (vn-calendar.md §5): sáng 06–11, trưa 11–13, chiều 13–18, tối 18–22, đêm 22–05.</summary>
internal enum DayPart
{
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}
