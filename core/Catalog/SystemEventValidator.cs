namespace InternalTthc.Core.Catalog;

/// <summary>Checks a file's system events: codes, the source, triggers with the period each cause needs, the actor and the undoing procedure.</summary>
internal static class SystemEventValidator
{
    public static IEnumerable<(string Entry, string Message)> Validate(CatalogFile file, HashSet<string> documents, HashSet<string> agencies)
    {
        var events = file.SystemEvents;
        foreach (var dup in events.GroupBy(e => e.Code).Where(g => g.Count() > 1)) yield return (dup.Key, "mã sự kiện hệ thống bị trùng trong tệp (duplicate code)");
        foreach (var e in events)
        {
            foreach (var m in Event(e, file, documents, agencies)) yield return (e.Code, $"systemEvents: {m}");
        }
    }

    private static IEnumerable<string> Event(SystemEvent e, CatalogFile file, HashSet<string> documents, HashSet<string> agencies)
    {
        if (!Codes.IsKebab(e.Code)) yield return "code phải viết thường, nối bằng '-'";
        if (string.IsNullOrWhiteSpace(e.Name)) yield return "name: thiếu tên (điều hệ thống làm)";
        if (string.IsNullOrWhiteSpace(e.Text)) yield return "text: ghi nguyên văn câu quy định";
        if (!documents.Contains(e.Source.Document)) yield return $"source.document '{e.Source.Document}' không có trong danh sách văn bản";
        if (e.Actor is { } actor && !agencies.Contains(actor)) yield return $"actor '{actor}' không có trong danh sách agencies của tệp";
        if (e.UndoneBy is { } undo && file.Procedures.All(p => p.Code != undo))
        {
            yield return $"undoneBy '{undo}' không phải thủ tục của tệp; có: {string.Join(", ", file.Procedures.Select(p => p.Code))}";
        }

        if (e.Keywords.Count == 0) yield return "keywords: ghi những từ người dùng nói khi gặp việc này (\"bị khóa\", \"bi khoa\")";
        if (e.Triggers.Count == 0) yield return "triggers: cần ít nhất một nguyên nhân (inactivity, afterEvent, violation, schedule)";
        for (var i = 0; i < e.Triggers.Count; i++)
        {
            foreach (var m in Trigger(e, e.Triggers[i], file)) yield return $"triggers[{i}]: {m}";
        }
    }

    private static IEnumerable<string> Trigger(SystemEvent e, SystemEventTrigger t, CatalogFile file)
    {
        var (needsAfter, needsEvery, needsEvent) = t.On switch
        {
            SystemEventCause.Inactivity => (true, false, false),
            SystemEventCause.AfterEvent => (true, false, true),
            SystemEventCause.Schedule => (false, true, false),
            _ => (false, false, false),
        };
        var on = Codes.Camel(t.On.ToString());
        if (needsAfter != t.After is not null) yield return needsAfter ? $"on: {on} cần after (ví dụ {{\"value\": 3, \"unit\": \"months\"}})" : $"on: {on} không dùng after";
        if (needsEvery && t.Every is null && t.Dates.Count == 0) yield return $"on: {on} cần every (chu kỳ) hoặc dates (ngày hằng năm)";
        if (needsEvery && t.Every is not null && t.Dates.Count > 0) yield return "dùng every (chu kỳ) hoặc dates (ngày hằng năm), không dùng cả hai";
        if (!needsEvery && t.Every is not null) yield return $"on: {on} không dùng every";
        foreach (var m in Schedule(e, t, needsEvery, on)) yield return m;
        if (needsEvent != t.Event is not null) yield return needsEvent ? $"on: {on} cần event (mã sự kiện đi trước)" : $"on: {on} không dùng event";
        if (t.Event is { } before && (before == e.Code || file.SystemEvents.All(x => x.Code != before)))
        {
            yield return $"event '{before}' không phải một sự kiện khác của tệp; có: {string.Join(", ", file.SystemEvents.Where(x => x.Code != e.Code).Select(x => x.Code))}";
        }

        foreach (var p in new[] { t.After, t.Every }.OfType<Period>().Where(p => p.Value <= 0)) yield return $"khoảng thời gian {p.Value} phải lớn hơn 0";
    }

    /// <summary>A schedule's dates, the anchor of its periods and its reminders: what makes a recurring duty's dates known.</summary>
    private static IEnumerable<string> Schedule(SystemEvent e, SystemEventTrigger t, bool schedule, string on)
    {
        if (!schedule && t.Dates.Count > 0) yield return $"on: {on} không dùng dates";
        if (t.From is not null && t.Every is null) yield return "from chỉ dùng với every (ngày bắt đầu kỳ đầu tiên)";
        if (t.Dates.Any(d => !d.IsValid)) yield return $"dates có ngày không hợp lệ: {string.Join(", ", t.Dates.Where(d => !d.IsValid))}";
        if (t.Dates.Distinct().Count() != t.Dates.Count) yield return "dates có ngày lặp";
        if (t.RemindBeforeDays is { } days)
        {
            if (!t.HasDates) yield return "remindBeforeDays chỉ dùng khi biết ngày: dates, hoặc every với from";
            if (days.Count == 0 || days.Any(d => d <= 0)) yield return "remindBeforeDays: số ngày làm việc phải lớn hơn 0 (ví dụ [7, 1])";
            if (days.Distinct().Count() != days.Count) yield return "remindBeforeDays có số lặp";
        }

        if (t.HasDates && e.Actor is null) yield return "một lịch có ngày được nhắc cho cán bộ của cơ quan thực hiện: cần actor";
    }
}
