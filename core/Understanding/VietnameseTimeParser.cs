using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Finds the first time expression in a text (vn-calendar.md §5 and §6.6) and resolves it against a
/// reference moment in Vietnam time. Each word position is tried in turn with every reader; the
/// longest reading at the first position that has one wins, so "máy bị nhiễm mã độc từ sáng nay"
/// gives "sáng nay" and "2 tiếng trước" is an offset, not "2 giờ".
/// </summary>
public sealed class VietnameseTimeParser(WorkingCalendar calendar, VietnameseLunarCalendar lunar, DeadlineCalculator deadlines, OfficeHours hours)
{
    private delegate TimeDraft? Reader(TypedWords words, TimeScope scope, int at);

    private static readonly Reader[] Readers = [MomentReader.Read, PeriodReader.Read, OffsetReader.Read, BoundReader.Read];

    public TimeReading? Parse(string text, DateTimeOffset reference, TimeContext context) => Parse(text, reference, context, "");

    /// <param name="jurisdictionCode">Whose office hours "đầu giờ", "cuối giờ" and "hết giờ hành chính" use.</param>
    public TimeReading? Parse(string text, DateTimeOffset reference, TimeContext context, string jurisdictionCode)
    {
        var words = TypedWords.Of(text);
        var scope = new TimeScope(VietnamTime.ToLocal(reference), context, calendar, lunar, deadlines, hours, jurisdictionCode);
        for (int at = 0; at < words.Count; at++)
        {
            var draft = Readers.Select(read => read(words, scope, at)).Where(d => d is not null).MaxBy(d => d!.Length);
            if (draft is not null)
            {
                int yearly = words.Match(at + draft.Length, "hàng năm", "hằng năm");
                return Finish(scope, draft with { Length = draft.Length + yearly, RecursYearly = yearly > 0 }, words.Span(at, draft.Length + yearly));
            }
        }
        return null;
    }

    private TimeReading Finish(TimeScope scope, TimeDraft draft, TextSpan span)
    {
        bool futureIncident = scope.Context == TimeContext.Incident && draft.Start > scope.Reference;
        bool pastDeadline = scope.Context == TimeContext.Deadline && draft.End < scope.Reference;
        var day = DateOnly.FromDateTime(draft.Start);
        bool dayOffDeadline = scope.Context == TimeContext.Deadline && draft.WholeDays
            && day == DateOnly.FromDateTime(draft.End) && !calendar.IsWorkingDay(day);
        return new TimeReading
        {
            Start = new DateTimeOffset(draft.Start, VietnamTime.Offset),
            End = new DateTimeOffset(draft.End, VietnamTime.Offset),
            Ambiguous = draft.Moved || futureIncident || pastDeadline || dayOffDeadline,
            Fuzzy = draft.Fuzzy,
            RecursYearly = draft.RecursYearly,
            Span = span,
        };
    }
}
