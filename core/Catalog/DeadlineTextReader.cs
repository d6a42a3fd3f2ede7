using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// Reads what a published deadline text states — the kind and number ("02 giờ" is not "02 giờ làm việc"),
/// every yearly date, and what starts the clock where the text says so — so that a catalog entry whose
/// machine rule contradicts its own published text is caught.
/// </summary>
public static partial class DeadlineTextReader
{
    /// <summary>The rule the text states, or null when the text says nothing machine-readable.</summary>
    public static DeadlineRule? Read(string text)
    {
        var t = Prepare(text);
        var counted = Counted(t);
        if (counted is { } c)
        {
            return new DeadlineRule { Kind = c.Kind, Value = c.Value };
        }

        var dates = Before().Matches(t).Select(m => new YearlyDate(Int(m.Groups[2]), Int(m.Groups[1]))).Distinct().ToList();
        if (dates.Count > 0)
        {
            return dates.Count == 1 ? DeadlineRule.BeforeDate(dates[0].Month, dates[0].Day) : DeadlineRule.BeforeDates([.. dates]);
        }

        if (Month().Match(t) is { Success: true } m)
        {
            return DeadlineRule.InMonth(Int(m.Groups[1]));
        }

        return NoDeadline().IsMatch(t) ? DeadlineRule.None : null;
    }

    /// <summary>The starts the text allows ("hồ sơ hợp lệ": only the agency's receipt of a valid case); empty when it names none.</summary>
    public static IReadOnlyList<DeadlineStart> Starts(string text)
    {
        var t = Prepare(text);
        if (t.Contains("hợp lệ", StringComparison.Ordinal)) return [DeadlineStart.ValidReceipt];
        if (t.Contains("đầy đủ thông tin", StringComparison.Ordinal)) return [DeadlineStart.CompleteInformation];
        if (FromADate().IsMatch(t)) return [DeadlineStart.FormDate];
        if (t.Contains("tiếp nhận", StringComparison.Ordinal) || t.Contains("nhận được", StringComparison.Ordinal))
        {
            return [DeadlineStart.Receipt, DeadlineStart.Submission, DeadlineStart.ValidReceipt];
        }

        return [];
    }

    /// <summary>What the rule says differently from the text, in Vietnamese; null when they agree (or the text cannot be read).</summary>
    public static string? Disagreement(DeadlineRule rule, string text)
    {
        if (Read(text) is { } stated && !SameAmount(stated, rule))
        {
            return $"quy tắc \"{rule}\" mâu thuẫn với thời hạn công bố \"{text}\" (đọc được: \"{stated}\")";
        }

        var starts = rule.IsPeriod ? Starts(text) : [];
        return starts.Count > 0 && !starts.Contains(rule.From)
            ? $"from '{Camel(rule.From)}' mâu thuẫn với thời hạn công bố \"{text}\", tính từ: {string.Join(" hoặc ", starts.Select(Camel))}"
            : null;
    }

    /// <summary>True when the rule says what the text says (or the text cannot be read).</summary>
    public static bool Agrees(DeadlineRule rule, string text) => Disagreement(rule, text) is null;

    private static bool SameAmount(DeadlineRule stated, DeadlineRule rule) =>
        stated.Kind == rule.Kind && stated.Value == rule.Value
        && (stated.Kind != DeadlineKind.InMonth || stated.Month == rule.Month)
        && stated.YearlyDates.SequenceEqual(rule.YearlyDates);

    /// <summary>The first counted amount of the text: "02 ngày làm việc; ... không quá 05 ngày làm việc" is 2 working days.</summary>
    private static (DeadlineKind Kind, int Value)? Counted(string t) =>
        new[]
        {
            (DeadlineKind.WorkingHours, WorkingHours().Match(t)), (DeadlineKind.CalendarHours, Hours().Match(t)),
            (DeadlineKind.WorkingDays, WorkingDays().Match(t)), (DeadlineKind.CalendarDays, Days().Match(t)),
        }
        .Where(x => x.Item2.Success).OrderBy(x => x.Item2.Index).Select(x => ((DeadlineKind, int)?)(x.Item1, Int(x.Item2.Groups[1]))).FirstOrDefault();

    private static string Prepare(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ").Trim();

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static string Camel(DeadlineStart s) => Codes.Camel(s.ToString());

    [GeneratedRegex(@"(\d+) ?giờ làm việc")]
    private static partial Regex WorkingHours();

    [GeneratedRegex(@"(\d+) ?giờ(?! làm việc)")]
    private static partial Regex Hours();

    [GeneratedRegex(@"(\d+) ?ngày làm việc")]
    private static partial Regex WorkingDays();

    [GeneratedRegex(@"(\d+) ?ngày(?! làm việc)")]
    private static partial Regex Days();

    [GeneratedRegex(@"trước ngày (\d+)(?: tháng |/)(\d+)")]
    private static partial Regex Before();

    [GeneratedRegex(@"tháng (\d+)")]
    private static partial Regex Month();

    [GeneratedRegex(@"kể từ ngày có|kể từ ngày ký|kể từ ngày ban hành")]
    private static partial Regex FromADate();

    [GeneratedRegex(@"^không( quy định)? ?\.?$")]
    private static partial Regex NoDeadline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
