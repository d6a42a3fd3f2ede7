namespace InternalTthc.Core.Understanding;

/// <summary>
/// Weeks, months, quarters and years, whole or in thirds: "tuần trước (nữa)", "đầu tuần sau",
/// "cuối tuần", "giữa tháng", "cuối tháng này", "tháng 5", "quý này", "quý 1", "năm ngoái", "sang năm".
/// Weeks run Monday to Sunday; "đầu/giữa/cuối tuần" are Mon–Tue, Wed–Thu, Sat–Sun; "đầu/giữa/cuối
/// tháng" are days 1–10, 11–20, 21–end.
/// </summary>
internal static class PeriodReader
{
    private static readonly (string Phrase, int Offset)[] Shifts =
    [
        ("trước nữa", -2), ("sau nữa", 2), ("tới nữa", 2), ("vừa rồi", -1), ("vừa qua", -1),
        ("này", 0), ("nay", 0), ("trước", -1), ("rồi", -1), ("qua", -1), ("sau", 1), ("tới", 1),
    ];

    private static readonly (string Phrase, int Offset)[] Years =
    [
        ("năm ngoái", -1), ("năm trước", -1), ("năm rồi", -1), ("năm qua", -1), ("năm nay", 0),
        ("năm sau", 1), ("năm tới", 1), ("sang năm", 1), ("năm sau nữa", 2),
    ];

    public static TimeDraft? Read(TypedWords words, TimeScope scope, int at)
    {
        foreach (var (phrase, offset) in Years.OrderByDescending(y => y.Phrase.Length))
        {
            if (words.Match(at, phrase) is int n and > 0)
            {
                var year = scope.Today.Year + offset;
                return TimeDraft.Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), n);
            }
        }
        if (words.Is(at, "năm") && NumberWords.Read(words, at + 1) is { Value: >= 1900 and <= 2100 } y)
        {
            return TimeDraft.Days(new DateOnly(y.Value, 1, 1), new DateOnly(y.Value, 12, 31), 1 + y.Length);
        }
        int third = words.Match(at, "đầu", "giữa", "cuối");
        int i = at + third;
        return words.Is(i, "tuần") ? Week(words, scope, at, third, i + 1)
            : words.Is(i, "tháng") ? Month(words, scope, at, third, i + 1)
            : words.Is(i, "quý") && third == 0 ? Quarter(words, scope, at, i + 1)
            : null;
    }

    private static TimeDraft? Week(TypedWords words, TimeScope scope, int at, int third, int i)
    {
        var (from, to) = third == 0 ? (0, 6) : words.Is(at, "đầu") ? (0, 1) : words.Is(at, "giữa") ? (2, 3) : (5, 6);
        (DateOnly, DateOnly)? Instance(int k) => (scope.Monday(k).AddDays(from), scope.Monday(k).AddDays(to));
        return Shift(words, i) is { } r
            ? TimeDraft.Days(scope.Monday(r.Offset).AddDays(from), scope.Monday(r.Offset).AddDays(to), i + r.Length - at)
            : third > 0 && scope.Resolve(Instance) is { } resolved ? TimeDraft.Days(resolved.First, resolved.Last, i - at, resolved.Moved) : null;
    }

    private static TimeDraft? Month(TypedWords words, TimeScope scope, int at, int third, int i)
    {
        var thisMonth = new DateOnly(scope.Today.Year, scope.Today.Month, 1);
        (DateOnly, DateOnly) Slice(DateOnly first) => third == 0 ? (first, first.AddMonths(1).AddDays(-1))
            : words.Is(at, "đầu") ? (first, first.AddDays(9))
            : words.Is(at, "giữa") ? (first.AddDays(10), first.AddDays(19))
            : (first.AddDays(20), first.AddMonths(1).AddDays(-1));
        if (Shift(words, i) is { } r)
        {
            var (first, last) = Slice(thisMonth.AddMonths(r.Offset));
            return TimeDraft.Days(first, last, i + r.Length - at);
        }
        if (NumberWords.Read(words, i) is { Value: >= 1 and <= 12 } month)
        {
            int length = i + month.Length - at;
            if (words.Is(at + length, "năm") && NumberWords.Read(words, at + length + 1) is { Value: >= 1900 and <= 2100 } year)
            {
                var (first, last) = Slice(new DateOnly(year.Value, month.Value, 1));
                return TimeDraft.Days(first, last, length + 1 + year.Length);
            }
            var named = scope.Resolve(k => Slice(new DateOnly(scope.Today.Year + k, month.Value, 1)));
            return named is { } m ? TimeDraft.Days(m.First, m.Last, length, m.Moved) : null;
        }
        var resolved = third > 0 ? scope.Resolve(k => Slice(thisMonth.AddMonths(k))) : null;
        return resolved is { } c ? TimeDraft.Days(c.First, c.Last, i - at, c.Moved) : null;
    }

    private static TimeDraft? Quarter(TypedWords words, TimeScope scope, int at, int i)
    {
        var thisQuarter = new DateOnly(scope.Today.Year, (scope.Today.Month - 1) / 3 * 3 + 1, 1);
        (DateOnly, DateOnly) Span(DateOnly first) => (first, first.AddMonths(3).AddDays(-1));
        if (Shift(words, i) is { } r)
        {
            var (first, last) = Span(thisQuarter.AddMonths(3 * r.Offset));
            return TimeDraft.Days(first, last, i + r.Length - at);
        }
        if (NumberWords.Read(words, i) is not { Value: >= 1 and <= 4 } quarter)
        {
            return null;
        }
        var resolved = scope.Resolve(k => Span(new DateOnly(scope.Today.Year + k, 3 * quarter.Value - 2, 1)));
        return resolved is { } q ? TimeDraft.Days(q.First, q.Last, i + quarter.Length - at, q.Moved) : null;
    }

    private static (int Offset, int Length)? Shift(TypedWords words, int at)
    {
        foreach (var (phrase, offset) in Shifts)
        {
            if (words.Match(at, phrase) is int n and > 0)
            {
                return (offset, n);
            }
        }
        return null;
    }
}
