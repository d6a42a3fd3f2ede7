namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks a reminder policy: offsets and intervals positive, lists without repeats, a source named.
/// Messages carry the JSON path under <c>where</c> ("policy.reminders" or "reminders").
/// </summary>
internal static class ReminderPolicyValidator
{
    public static IEnumerable<string> Check(string where, ReminderPolicy policy)
    {
        var lists = new[]
        {
            ("beforeReceiptDueHours", policy.BeforeReceiptDueHours),
            ("beforeResolutionDueHours", policy.BeforeResolutionDueHours),
            ("beforeYearlyDateDays", policy.BeforeYearlyDateDays),
            ("beforeRequesterDueDays", policy.BeforeRequesterDueDays),
        };
        foreach (var (name, values) in lists)
        {
            foreach (var (value, i) in values.Select((v, i) => (v, i)).Where(x => x.v <= 0))
            {
                yield return $"{where}.{name}[{i}]: giá trị {value} phải lớn hơn 0 (offsets must be positive)";
            }

            foreach (var value in values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                yield return $"{where}.{name}: giá trị {value} bị lặp (values must be distinct)";
            }
        }

        var intervals = new[]
        {
            ("overdueRepeatHours", policy.OverdueRepeatHours),
            ("escalationRepeatHours", policy.EscalationRepeatHours),
            ("supplementWaitingDays", policy.SupplementWaitingDays),
        };
        foreach (var (name, value) in intervals.Where(x => x.Item2 is <= 0))
        {
            yield return $"{where}.{name}: giá trị {value} phải lớn hơn 0 (intervals must be positive)";
        }

        // 0 is allowed here: it means "tell the leader as soon as the case is overdue".
        if (policy.EscalateAfterOverdueHours is < 0)
        {
            yield return $"{where}.escalateAfterOverdueHours: giá trị {policy.EscalateAfterOverdueHours} phải từ 0 trở lên (must not be negative)";
        }

        if (policy.EscalationRepeatHours is not null && policy.EscalateAfterOverdueHours is null)
        {
            yield return $"{where}.escalationRepeatHours: cần escalateAfterOverdueHours để biết khi nào báo lãnh đạo lần đầu (repeat without a first escalation)";
        }

        if (!policy.Sources.Any(s => !string.IsNullOrWhiteSpace(s)))
        {
            yield return $"{where}.sources: ghi nguồn của các mốc nhắc: văn bản quy định, hoặc \"mặc định của hệ thống\" (sources required)";
        }
    }
}
