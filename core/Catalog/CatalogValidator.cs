namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks what JSON alone cannot: references, uniqueness, deadline rules against their text,
/// form fields that can be asked. Messages name the file, the entry and the fault.
/// </summary>
public sealed class CatalogValidator
{
    private readonly FormFieldValidator _fields = new();

    public IReadOnlyList<CatalogFault> Validate(string fileName, CatalogFile file)
    {
        var faults = new List<CatalogFault>();
        void Fault(string? entry, string message) => faults.Add(new CatalogFault(fileName, entry, message));

        var j = file.Jurisdiction;
        if (!Codes.IsKebab(j.Code)) Fault("jurisdiction", $"mã địa phương '{j.Code}' phải viết thường, nối bằng '-' (code must be kebab-case)");
        if (!Codes.IsCasePrefix(j.CasePrefix)) Fault("jurisdiction", $"tiền tố mã hồ sơ '{j.CasePrefix}' phải là 2–5 chữ in hoa (casePrefix)");
        if (j.Policy.Receipt is { } receipt) faults.AddRange(CheckRule(fileName, "jurisdiction", "policy.receipt", receipt, null));
        if (j.Policy.Reminders is { } policy) foreach (var m in ReminderPolicyValidator.Check("policy.reminders", policy)) Fault("jurisdiction", m);

        foreach (var dup in Duplicates(file.Documents.Select(d => d.Id))) Fault("documents", $"mã văn bản '{dup}' bị trùng (duplicate document id)");
        foreach (var dup in Duplicates(file.Agencies.Select(a => a.Code))) Fault("agencies", $"mã cơ quan '{dup}' bị trùng (duplicate agency code)");
        var agencies = file.Agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var a in file.Agencies.Where(a => a.ParentCode is not null && !agencies.Contains(a.ParentCode)))
        {
            Fault("agencies", $"cơ quan '{a.Code}' có cơ quan cấp trên không có trong danh sách: '{a.ParentCode}'");
        }

        foreach (var dup in Duplicates(file.Procedures.Select(p => p.Code))) Fault(dup, "mã thủ tục bị trùng trong tệp (duplicate code)");
        var documents = file.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in file.Procedures)
        {
            faults.AddRange(ValidateProcedure(fileName, p, documents, agencies));
        }

        return faults;
    }

    /// <summary>Faults that only show across files: the same jurisdiction or procedure code twice.</summary>
    public IReadOnlyList<CatalogFault> ValidateTogether(IReadOnlyList<(string Name, CatalogFile File)> files)
    {
        var faults = new List<CatalogFault>();
        foreach (var group in files.GroupBy(f => f.File.Jurisdiction.Code).Where(g => g.Count() > 1))
        {
            faults.Add(new CatalogFault(string.Join(", ", group.Select(g => g.Name)), "jurisdiction", $"địa phương '{group.Key}' có trong nhiều tệp (one file per jurisdiction)"));
        }

        var procedures = files.SelectMany(f => f.File.Procedures.Select(p => (f.Name, p.Code)));
        foreach (var group in procedures.GroupBy(x => x.Code).Where(g => g.Select(x => x.Name).Distinct().Count() > 1))
        {
            faults.Add(new CatalogFault(string.Join(", ", group.Select(g => g.Name).Distinct()), group.Key, "mã thủ tục bị trùng giữa các tệp (duplicate code)"));
        }

        return faults;
    }

    private IEnumerable<CatalogFault> ValidateProcedure(string fileName, Procedure p, HashSet<string> documents, HashSet<string> agencies)
    {
        var faults = new List<CatalogFault>();
        void Fault(string message) => faults.Add(new CatalogFault(fileName, p.Code, message));

        if (!Codes.IsKebab(p.Code)) Fault("mã thủ tục phải viết thường, nối bằng '-' (code must be kebab-case)");
        if (string.IsNullOrWhiteSpace(p.Name)) Fault("thiếu tên thủ tục (name)");
        if (!documents.Contains(p.Source.Document)) Fault($"source.document '{p.Source.Document}' không có trong danh sách văn bản");
        foreach (var (label, value) in PublishedText(p.Published).Where(x => string.IsNullOrWhiteSpace(x.Value)))
        {
            Fault($"published.{label} để trống; ghi đúng như văn bản công bố, kể cả \"Không quy định\"");
        }

        faults.AddRange(CheckRule(fileName, p.Code, "deadline", p.Deadline, p.Published.DeadlineText));
        foreach (var (m, i) in p.Milestones.Select((m, i) => (m, i)))
        {
            faults.AddRange(CheckRule(fileName, p.Code, $"milestones[{i}].deadline", m.Deadline, null));
        }

        foreach (var unit in new[] { p.Routing.ExecutingUnit, p.Routing.DecidingUnit }
                     .Concat(p.Routing.Overrides.SelectMany(o => new[] { o.ExecutingUnit, o.DecidingUnit }))
                     .Where(u => u != ProcedureRouting.RequesterParent && !agencies.Contains(u)))
        {
            Fault($"routing: cơ quan '{unit}' không có trong danh sách agencies của tệp");
        }

        if (p.Routing.ExecutingUnitField is { } field && !p.Form.Any(f => f.Name == field && f.Type == FieldType.Unit))
        {
            Fault($"routing.executingUnitField '{field}' phải là một trường kiểu unit của biểu mẫu");
        }

        if (p.Reminders is { } reminders) foreach (var m in ReminderPolicyValidator.Check("reminders", reminders)) Fault(m);
        if (p.Kinds.Count == 0) Fault("thiếu loại yêu cầu (kinds) để bot hiểu người dùng cần thủ tục này");
        foreach (var dup in Duplicates(p.Kinds.Select(JsonName))) Fault($"loại yêu cầu (kinds) '{dup}' bị trùng");
        foreach (var s in p.SubCases.Where(s => s.Kind is { } kind && !p.Kinds.Contains(kind)))
        {
            Fault($"subCases '{s.Code}': kind '{JsonName(s.Kind!.Value)}' không có trong kinds của thủ tục");
        }

        foreach (var dup in Duplicates(p.SubCases.Select(s => s.Code))) Fault($"trường hợp (subCases) '{dup}' bị trùng");
        var subCases = p.SubCases.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        faults.AddRange(_fields.Validate(p.Form, subCases, topLevel: true).Select(m => new CatalogFault(fileName, p.Code, m)));
        return faults;
    }

    private static IEnumerable<CatalogFault> CheckRule(string fileName, string entry, string where, DeadlineRule rule, string? text)
    {
        var problem = rule.Kind switch
        {
            DeadlineKind.WorkingDays or DeadlineKind.WorkingHours when rule.Value is not > 0 => "cần value > 0",
            DeadlineKind.BeforeDate when !IsDayOfYear(rule.Month, rule.Day) => "cần month và day hợp lệ",
            DeadlineKind.InMonth when rule.Month is not (>= 1 and <= 12) => "cần month từ 1 đến 12",
            _ => null,
        };
        if (problem is not null)
        {
            yield return new CatalogFault(fileName, entry, $"{where}: quy tắc {rule.Kind} {problem}");
        }
        else if (text is not null && !DeadlineTextReader.Agrees(rule, text))
        {
            yield return new CatalogFault(fileName, entry,
                $"{where}: quy tắc \"{rule}\" mâu thuẫn với thời hạn công bố \"{text}\" (đọc được: \"{DeadlineTextReader.Read(text)}\")");
        }
    }

    private static bool IsDayOfYear(int? month, int? day) =>
        month is >= 1 and <= 12 && day is >= 1 && day <= DateTime.DaysInMonth(2024, month.Value);

    private static IEnumerable<(string Label, string Value)> PublishedText(PublishedFields f) =>
    [
        ("dossierCount", f.DossierCount), ("deadlineText", f.DeadlineText), ("subjects", f.Subjects),
        ("result", f.Result), ("fee", f.Fee), ("formName", f.FormName), ("conditions", f.Conditions),
        ("steps", f.Steps.Count == 0 ? "" : "x"), ("channels", f.Channels.Count == 0 ? "" : "x"),
        ("dossierComponents", f.DossierComponents.Count == 0 ? "" : "x"),
        ("agencies", f.Agencies.Count == 0 ? "" : "x"), ("legalBasis", f.LegalBasis.Count == 0 ? "" : "x"),
    ];

    private static string JsonName(RequestKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
