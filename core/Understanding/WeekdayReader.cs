namespace InternalTthc.Core.Understanding;

/// <summary>
/// Weekdays: "thứ hai" … "thứ bảy", "thứ 2" … "thứ 7", "T2" … "T7", "chủ nhật", "CN", with the week
/// ("tuần này", "tuần trước (nữa)", "tuần sau", "tuần tới", "này") or a direction ("vừa rồi",
/// "trước", "tới"). Unqualified, the context rule applies (<see cref="TimeScope.Resolve"/>).
/// </summary>
internal static class WeekdayReader
{
    private static readonly (string Phrase, int Index)[] Days =
    [
        ("thứ hai", 0), ("thứ ba", 1), ("thứ tư", 2), ("thứ năm", 3), ("thứ sáu", 4), ("thứ bảy", 5), ("thứ bẩy", 5),
        ("thứ 2", 0), ("thứ 3", 1), ("thứ 4", 2), ("thứ 5", 3), ("thứ 6", 4), ("thứ 7", 5), ("chủ nhật", 6),
        ("t2", 0), ("t3", 1), ("t4", 2), ("t5", 3), ("t6", 4), ("t7", 5), ("cn", 6),
    ];

    private static readonly (string Phrase, int Weeks)[] Weeks =
    [
        ("tuần trước nữa", -2), ("tuần sau nữa", 2), ("tuần tới nữa", 2), ("tuần này", 0), ("tuần trước", -1), ("tuần rồi", -1),
        ("tuần vừa rồi", -1), ("tuần qua", -1), ("tuần sau", 1), ("tuần tới", 1), ("này", 0),
    ];

    public static (ResolvedDay Day, int Length)? Read(TypedWords words, TimeScope scope, int at)
    {
        var day = Days.FirstOrDefault(d => words.Match(at, d.Phrase) > 0);
        if (day.Phrase is null)
        {
            return null;
        }
        int length = day.Phrase.Count(c => c == ' ') + 1;
        DateOnly InWeek(int weeks) => scope.Monday(weeks).AddDays(day.Index);
        foreach (var (phrase, weeks) in Weeks)
        {
            if (words.Match(at + length, phrase) is int n and > 0)
            {
                return (new ResolvedDay(InWeek(weeks)), length + n);
            }
        }
        if (words.Match(at + length, "vừa rồi", "vừa qua", "trước") is int past and > 0)
        {
            var last = InWeek(0) < scope.Today ? InWeek(0) : InWeek(-1);
            return (new ResolvedDay(last), length + past);
        }
        if (words.Match(at + length, "sắp tới", "tới") is int coming and > 0)
        {
            var next = InWeek(0) > scope.Today ? InWeek(0) : InWeek(1);
            return (new ResolvedDay(next), length + coming);
        }
        return scope.ResolveDay(k => InWeek(k)) is { } resolved ? (resolved, length) : null;
    }
}
