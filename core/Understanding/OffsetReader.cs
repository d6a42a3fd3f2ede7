namespace InternalTthc.Core.Understanding;

/// <summary>
/// Amounts of time from now: "3 ngày trước", "2 tiếng trước", "cách đây 2 hôm", "30 phút nữa",
/// "nửa tiếng nữa", "2 tuần sau", "3 ngày làm việc nữa", "8 giờ làm việc nữa"; spans up to now:
/// "2 ngày nay", "mấy hôm nay" (fuzzy), "cả tuần nay"; "vừa nãy", "lúc nãy" (the last hour, fuzzy); and
/// "vừa xong", "vừa mới" (now, fuzzy). Minutes and hours give a moment, longer units a whole day.
/// </summary>
internal static class OffsetReader
{
    private static readonly string[] Recent = ["vừa nãy", "lúc nãy", "ban nãy", "hồi nãy", "mới nãy", "mới đây", "vừa rồi"];

    /// <summary>Just now: the moment of speaking, not an hour ago.</summary>
    private static readonly string[] JustNow = ["vừa mới xong", "vừa xong", "vừa mới", "mới xong"];

    private enum Unit { Minute, Hour, Day, Week, Month, Year, WorkingDay, WorkingHour }

    private static readonly (string Phrase, Unit Unit)[] Units =
    [
        ("ngày làm việc", Unit.WorkingDay), ("giờ làm việc", Unit.WorkingHour), ("phút", Unit.Minute), ("tiếng", Unit.Hour),
        ("giờ", Unit.Hour), ("ngày", Unit.Day), ("hôm", Unit.Day), ("tuần", Unit.Week), ("tháng", Unit.Month), ("năm", Unit.Year),
    ];

    public static TimeDraft? Read(TypedWords words, TimeScope scope, int at)
    {
        if (words.Match(at, JustNow) is int now and > 0)
        {
            return TimeDraft.Moment(scope.Reference, now) with { Fuzzy = true };
        }
        if (words.Match(at, Recent) is int recent and > 0)
        {
            return new TimeDraft(scope.Reference.AddHours(-1), scope.Reference, recent) { Fuzzy = true };
        }
        int ago = words.Match(at, "cách đây");
        int i = at + ago;
        bool few = words.Match(i, "mấy", "vài") > 0;
        var (amount, amountLength) = words.Is(i, "nửa") ? (0.5, 1)
            : few ? (3, 1) // "mấy hôm nay": a few, read as three and marked fuzzy
            : words.Match(i, "cả", "suốt") > 0 ? (1, 1)
            : NumberWords.Read(words, i) is { } n ? (n.Value, n.Length) : (0, 0);
        if (amountLength == 0)
        {
            return null;
        }
        i += amountLength;
        var unit = Units.FirstOrDefault(u => words.Match(i, u.Phrase) > 0);
        if (unit.Phrase is null)
        {
            return null;
        }
        i += words.Match(i, unit.Phrase);
        if (words.Is(i, "rưỡi"))
        {
            amount += 0.5;
            i++;
        }
        if (ago == 0 && words.Match(i, "gần đây", "vừa qua", "nay", "qua") is int lasting and > 0)
        {
            // "2 ngày nay", "mấy hôm qua", "cả tuần nay": from that long ago until now.
            var from = Apply(scope, unit.Unit, -amount, 0)?.Start;
            return from is null ? null : new TimeDraft(from.Value, scope.Reference, i + lasting - at) { Fuzzy = few };
        }
        int direction = ago > 0 ? -1 : words.Match(i, "về trước", "trước") > 0 ? -1 : words.Match(i, "nữa", "sau", "tới") > 0 ? 1 : 0;
        if (direction == 0 || few || amountLength == 1 && words.Match(at + ago, "cả", "suốt") > 0)
        {
            return null;
        }
        i += ago > 0 ? words.Match(i, "về trước", "trước") : words.Match(i, "về trước", "trước", "nữa", "sau", "tới");
        return Apply(scope, unit.Unit, amount * direction, i - at);
    }

    private static TimeDraft? Apply(TimeScope scope, Unit unit, double amount, int length)
    {
        var now = scope.Reference;
        DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);
        return unit switch
        {
            Unit.Minute => TimeDraft.Moment(now.AddMinutes(amount), length),
            Unit.Hour => TimeDraft.Moment(now.AddHours(amount), length),
            Unit.Day => Whole(Day(now.AddDays(Math.Round(amount))), length),
            Unit.Week => Whole(Day(now.AddDays(7 * Math.Round(amount))), length),
            Unit.Month => Whole(Day(now.AddMonths((int)Math.Round(amount))), length),
            Unit.Year => Whole(Day(now.AddYears((int)Math.Round(amount))), length),
            Unit.WorkingDay when amount > 0 => Whole(scope.Deadlines.AddWorkingDays(scope.Today, (int)Math.Round(amount)), length),
            Unit.WorkingHour when amount > 0 => TimeDraft.Moment(WorkingHoursLater(scope, amount), length),
            _ => null,
        };
    }

    private static TimeDraft Whole(DateOnly day, int length) => TimeDraft.Days(day, day, length);

    private static DateTime WorkingHoursLater(TimeScope scope, double hours)
    {
        var from = Calendar.VietnamTime.ToUtc(scope.Reference);
        return Calendar.VietnamTime.ToLocal(scope.Deadlines.AddWorkingTime(scope.JurisdictionCode, from, TimeSpan.FromHours(hours)));
    }
}
