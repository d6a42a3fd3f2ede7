using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// "Vì sao hộp thư của tôi bị khóa?": a why-question about something the system did on its own, matched to a system
/// event of the person's jurisdiction by the event's keywords, with or without diacritics. A message without a why-word
/// ("hộp thư bị khóa, mở giúp") is a request, left to the procedures.
/// </summary>
public static class SystemEventQuestion
{
    private static readonly string[] WhyWords = ["vi sao", "tai sao", "sao lai", "ly do", "nguyen nhan", "vi ly do gi", "why", "do dau", "sao toi bi", "sao minh bi"];

    public static SystemEvent? Find(string text, IReadOnlyList<SystemEvent> events)
    {
        var folded = $" {VietnameseText.Fold(text).Replace('?', ' ').Replace(',', ' ')} ";
        if (events.Count == 0 || !WhyWords.Any(w => folded.Contains($" {w} ", StringComparison.Ordinal)))
        {
            return null;
        }

        // The event whose keyword the words contain, the longest keyword winning ("bị tạm dừng" over "dừng").
        return events
            .SelectMany(e => e.Keywords.Select(k => (Event: e, Keyword: VietnameseText.Fold(k))))
            .Where(x => x.Keyword.Length > 0 && folded.Contains($" {x.Keyword} ", StringComparison.Ordinal))
            .OrderByDescending(x => x.Keyword.Length)
            .Select(x => x.Event)
            .FirstOrDefault();
    }
}
