using System.Text;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Reads an incident report written in plain words ("máy tính phòng kế toán bị nhiễm mã độc từ
/// sáng nay"): what happened and its kind and signs (<see cref="IncidentCues.Happenings"/>), the
/// system named (<see cref="IncidentCues.Systems"/> and the words after it), the place, the start
/// (<see cref="VietnameseTimeParser"/>, incident context) and a phone number; then the severity
/// (<see cref="SeverityRules"/>) and the fields still missing.
/// </summary>
public sealed partial class IncidentReportReader(VietnameseTimeParser time)
{
    /// <summary>Words kept after a system or place word; a name is short, a longer run is the rest of the sentence.</summary>
    private const int MaxNameWords = 5;
    private const int MaxPlaceWords = 3;

    public IncidentReport Read(string text, DateTimeOffset reference)
    {
        var words = TypedWords.Of(text);
        var startedAt = IncidentTime.Read(time, text, reference);
        var cues = FindCues(words);
        var stops = cues.Covered.Concat(TimeWordIndexes(words, startedAt)).ToHashSet();
        var kind = cues.Kinds.Count == 0 ? IncidentKind.Other : cues.Kinds.Min();
        var signs = cues.Signs.OrderBy(s => s, StringComparer.Ordinal).ToList();
        var report = new IncidentReport
        {
            WhatHappened = text.Trim().Normalize(NormalizationForm.FormC),
            Kind = kind,
            AffectedSystem = Name(words, text, IncidentCues.Systems, stops, needsName: false),
            Location = Name(words, text, IncidentCues.Places, stops, needsName: true),
            StartedAt = startedAt,
            Signs = signs,
            ContactPhone = Phone().Match(text) is { Success: true } m ? string.Concat(m.Value.Where(char.IsAsciiDigit)) : null,
            Severity = SeverityRules.Classify(kind, signs),
        };
        return report with { Missing = Missing(report) };
    }

    private static (HashSet<IncidentKind> Kinds, HashSet<string> Signs, HashSet<int> Covered) FindCues(TypedWords words)
    {
        var (kinds, signs, covered) = (new HashSet<IncidentKind>(), new HashSet<string>(StringComparer.Ordinal), new HashSet<int>());
        for (int at = 0; at < words.Count; at++)
        {
            var cue = IncidentCues.Happenings.FirstOrDefault(c => words.Match(at, c.Phrase) > 0);
            if (cue is null)
            {
                continue;
            }
            int length = words.Match(at, cue.Phrase);
            covered.UnionWith(Enumerable.Range(at, length));
            if (cue.Kind is { } kind)
            {
                kinds.Add(kind);
            }
            if (cue.Sign is { } sign)
            {
                signs.Add(sign);
            }
            at += length - 1;
        }
        return (kinds, signs, covered);
    }

    /// <summary>The first head word not inside a cue, with the words after it up to a verb, a link, punctuation or the time.</summary>
    private static string? Name(TypedWords words, string text, IEnumerable<string> heads, HashSet<int> stops, bool needsName)
    {
        var headList = heads.ToList();
        for (int at = 0; at < words.Count; at++)
        {
            int head = stops.Contains(at) || words.Is(at - 1, "dự") ? 0 : words.Match(at, [.. headList]);
            if (head == 0 || (needsName && IncidentCues.NotPlaceAfter.Any(w => words.Is(at + head, w))))
            {
                continue;
            }
            int end = at + head;
            while (end < words.Count && end - at - head < (needsName ? MaxPlaceWords : MaxNameWords) && !words.BreakBefore(end) && !stops.Contains(end)
                && !IncidentCues.NameEnds.Any(w => words.Is(end, w)))
            {
                end++;
            }
            // "email công vụ của (tôi)": a dangling "của" is not part of the name.
            end -= end > at + head && words.Is(end - 1, "của") ? 1 : 0;
            if (!needsName || end > at + head)
            {
                return words.Span(at, end - at).Of(text).Normalize(NormalizationForm.FormC);
            }
        }
        return null;
    }

    private static IEnumerable<int> TimeWordIndexes(TypedWords words, TimeReading? reading) =>
        reading is null ? [] : Enumerable.Range(0, words.Count).Where(i => words[i].Start >= reading.Span.Start && words[i].End <= reading.Span.End);

    /// <summary>The form's required fields not found, plus "signs" (optional in the form, but the severity depends on it).</summary>
    private static List<string> Missing(IncidentReport report) => new (string Field, bool Absent)[]
    {
        (IncidentFields.WhatHappened, string.IsNullOrWhiteSpace(report.WhatHappened)),
        (IncidentFields.AffectedSystem, report.AffectedSystem is null),
        (IncidentFields.Location, report.Location is null),
        (IncidentFields.StartedAt, report.StartedAt is null),
        (IncidentFields.Signs, report.Signs.Count == 0),
        (IncidentFields.ContactPhone, report.ContactPhone is null),
    }.Where(f => f.Absent).Select(f => f.Field).ToList();

    [GeneratedRegex(@"(?<!\d)(?:\+84|0)(?:[ .]?\d){9}(?!\d)")]
    private static partial Regex Phone();
}
