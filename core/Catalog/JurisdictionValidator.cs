using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Catalog;

/// <summary>Checks a file's jurisdiction: its codes and the policy it sets for every case (receipt, reminders, office hours, passwords).</summary>
internal static class JurisdictionValidator
{
    public static IEnumerable<string> Validate(JurisdictionInfo j)
    {
        if (!Codes.IsKebab(j.Code)) yield return $"mã địa phương '{j.Code}' phải viết thường, nối bằng '-' (code must be kebab-case)";
        if (!Codes.IsCasePrefix(j.CasePrefix)) yield return $"tiền tố mã hồ sơ '{j.CasePrefix}' phải là 2–5 chữ in hoa (casePrefix)";
        if (j.Policy.Receipt is { } receipt)
        {
            foreach (var m in DeadlineRuleValidator.Check("policy.receipt", receipt, null, null)) yield return m;
            if (receipt.From == DeadlineStart.FormDate) yield return "policy.receipt: thời hạn tiếp nhận không tính từ ngày của biểu mẫu (from: formDate)";
        }

        if (j.Policy.Reminders is { } policy) foreach (var m in ReminderPolicyValidator.Check("policy.reminders", policy)) yield return m;
        foreach (var m in Hours(j.Code, j.Policy.OfficeHours)) yield return $"policy.officeHours: {m}";
        if (j.Policy.Passwords is { } passwords) foreach (var m in Passwords(passwords)) yield return $"policy.passwords: {m}";
    }

    private static IEnumerable<string> Hours(string code, CatalogOfficeHours? hours)
    {
        if (hours is null)
        {
            yield return "thiếu giờ làm việc của địa phương; ghi variants (các buổi làm việc, kèm source) hoặc inherit: true kèm reason "
                + "để dùng giờ mặc định của hệ thống (Calendar:DefaultHours, mặc định 07:30–11:30 và 13:00–17:00)";
            yield break;
        }

        if (hours.Inherit == (hours.Variants.Count > 0)) yield return "ghi một trong hai: variants (giờ của địa phương) hoặc inherit: true";
        if (hours.Inherit && string.IsNullOrWhiteSpace(hours.Reason)) yield return "inherit: true cần reason (vì sao dùng giờ mặc định, ví dụ văn bản không quy định)";
        foreach (var (v, i) in hours.Variants.Select((v, i) => (v, i)))
        {
            if (string.IsNullOrWhiteSpace(v.Source)) yield return $"variants[{i}].source: ghi văn bản quy định giờ làm việc";
            if (v.EffectiveFrom > v.EffectiveTo) yield return $"variants[{i}]: effectiveFrom sau effectiveTo";
        }

        string? broken = null;
        try
        {
            _ = new OfficeHours(new CalendarOptions { Jurisdictions = new Dictionary<string, IReadOnlyList<OfficeHoursVariant>> { [code] = hours.Variants } });
        }
        catch (ArgumentException e)
        {
            broken = e.Message;
        }

        if (broken is not null) yield return $"variants: {broken} (buổi cần start trước end, theo thứ tự, không chồng nhau; mùa ghi \"d/m\")";
    }

    private static IEnumerable<string> Passwords(PasswordPolicy p)
    {
        if (string.IsNullOrWhiteSpace(p.Source)) yield return "source: ghi điều, khoản quy định";
        foreach (var (name, value) in new[] { ("minLength", p.MinLength), ("adminMinLength", p.AdminMinLength), ("changeEveryMonths", p.ChangeEveryMonths),
                     ("adminChangeEveryMonths", p.AdminChangeEveryMonths), ("noReuseOfLast", p.NoReuseOfLast) }.Where(x => x.Item2 is <= 0))
        {
            yield return $"{name}: giá trị {value} phải lớn hơn 0";
        }
    }
}
