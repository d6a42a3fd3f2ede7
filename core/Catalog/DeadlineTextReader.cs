using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// Reads the kind and number a published deadline text states, so a catalog entry whose machine
/// rule contradicts its own published text is caught ("03 ngày làm việc" but a rule of 2 days).
/// </summary>
public static partial class DeadlineTextReader
{
    /// <summary>The rule the text states, or null when the text says nothing machine-readable.</summary>
    public static DeadlineRule? Read(string text)
    {
        var t = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Trim();
        if (Hours().Match(t) is { Success: true } h)
        {
            return DeadlineRule.WorkingHours(Number(h));
        }

        if (Days().Match(t) is { Success: true } d)
        {
            return DeadlineRule.WorkingDays(Number(d));
        }

        if (Before().Match(t) is { Success: true } b)
        {
            return DeadlineRule.BeforeDate(int.Parse(b.Groups[2].Value, CultureInfo.InvariantCulture), Number(b));
        }

        if (Month().Match(t) is { Success: true } m)
        {
            return DeadlineRule.InMonth(Number(m));
        }

        return NoDeadline().IsMatch(t) ? DeadlineRule.None : null;
    }

    /// <summary>True when the rule says what the text says (or the text cannot be read).</summary>
    public static bool Agrees(DeadlineRule rule, string text) => Read(text) is not { } stated
        || (stated.Kind == rule.Kind && stated.Value == rule.Value && stated.Month == rule.Month && stated.Day == rule.Day);

    private static int Number(Match m) => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+)\s*giờ làm việc")]
    private static partial Regex Hours();

    [GeneratedRegex(@"(\d+)\s*ngày làm việc")]
    private static partial Regex Days();

    [GeneratedRegex(@"trước ngày (\d+)(?: tháng |/)(\d+)")]
    private static partial Regex Before();

    [GeneratedRegex(@"tháng (\d+)")]
    private static partial Regex Month();

    [GeneratedRegex(@"^không(\s+quy định)?\s*\.?$")]
    private static partial Regex NoDeadline();
}
