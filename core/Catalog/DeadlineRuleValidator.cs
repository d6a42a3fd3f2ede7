namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks one deadline rule: the values its kind needs and nothing else, a start the engine can count from
/// (a date field of the form for <c>formDate</c>), and agreement with its published text. Messages start with
/// the JSON path given as <c>where</c>.
/// </summary>
internal static class DeadlineRuleValidator
{
    public const int MaxAmount = 10_000;

    /// <param name="form">The procedure's top-level fields (a formDate start must name a date among them); null where no form applies.</param>
    public static IEnumerable<string> Check(string where, DeadlineRule rule, string? text, IReadOnlyList<FormField>? form)
    {
        var problem = Shape(rule);
        if (problem is not null)
        {
            yield return $"{where}: quy tắc {Codes.Camel(rule.Kind.ToString())} {problem}";
            yield break;
        }

        if (Start(rule, form) is { } start)
        {
            yield return $"{where}: {start}";
        }
        else if (text is not null && DeadlineTextReader.Disagreement(rule, text) is { } disagreement)
        {
            yield return $"{where}: {disagreement}";
        }
    }

    private static string? Shape(DeadlineRule rule) => rule.Kind switch
    {
        _ when rule.IsPeriod && rule.Value is not (> 0 and <= MaxAmount) => $"cần value từ 1 đến {MaxAmount}",
        _ when !rule.IsPeriod && rule.Value is not null => "không dùng value",
        DeadlineKind.BeforeDate when rule.Dates.Count > 0 && (rule.Month is not null || rule.Day is not null) => "dùng month và day, hoặc dates, không dùng cả hai",
        DeadlineKind.BeforeDate when rule.YearlyDates.Count == 0 => "cần month và day (hoặc dates) hợp lệ",
        DeadlineKind.BeforeDate when rule.YearlyDates.Any(d => !d.IsValid) =>
            $"có ngày không hợp lệ: {string.Join(", ", rule.YearlyDates.Where(d => !d.IsValid))}",
        DeadlineKind.BeforeDate when rule.YearlyDates.Distinct().Count() != rule.YearlyDates.Count => "dates có ngày lặp",
        DeadlineKind.InMonth when rule.Month is not (>= 1 and <= 12) => "cần month từ 1 đến 12",
        not (DeadlineKind.BeforeDate or DeadlineKind.InMonth) when rule.Month is not null || rule.Day is not null || rule.Dates.Count > 0 =>
            "không dùng month, day, dates (chỉ dùng cho beforeDate, inMonth)",
        _ => null,
    };

    private static string? Start(DeadlineRule rule, IReadOnlyList<FormField>? form)
    {
        if (rule.From != DeadlineStart.FormDate)
        {
            return rule.FromField is null ? null : $"fromField '{rule.FromField}' chỉ dùng với from: formDate";
        }

        if (!rule.IsPeriod) return "from: formDate chỉ dùng cho thời hạn tính theo khoảng (ngày, giờ)";
        if (rule.FromField is null) return "from: formDate cần fromField: tên trường ngày của biểu mẫu bắt đầu tính thời hạn";
        var dates = form?.Where(f => f.Type is FieldType.Date or FieldType.DateTime).Select(f => f.Name).ToList() ?? [];
        return dates.Contains(rule.FromField) ? null
            : $"fromField '{rule.FromField}' không phải trường ngày (date, dateTime) của biểu mẫu; có: {(dates.Count == 0 ? "không có" : string.Join(", ", dates))}";
    }
}
