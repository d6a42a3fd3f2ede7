namespace InternalTthc.Core.Catalog;

/// <summary>Checks one procedure of a file: published fields or "not stated", deadlines and milestones, routing, filing, the form and its sub-cases.</summary>
internal sealed class ProcedureValidator(JurisdictionInfo jurisdiction, HashSet<string> documents, HashSet<string> agencies)
{
    private readonly FormFieldValidator _fields = new();

    public IEnumerable<string> Validate(Procedure p)
    {
        if (!Codes.IsKebab(p.Code)) yield return "mã thủ tục phải viết thường, nối bằng '-' (code must be kebab-case)";
        if (string.IsNullOrWhiteSpace(p.Name)) yield return "thiếu tên thủ tục (name)";
        if (!documents.Contains(p.Source.Document)) yield return $"source.document '{p.Source.Document}' không có trong danh sách văn bản";
        foreach (var m in Published(p.Published)) yield return m;
        if (!p.Published.IsStated("deadlineText") && p.Deadline.Kind != DeadlineKind.None)
        {
            yield return "deadline: văn bản không nêu thời hạn (published.notStated có deadlineText) nên quy tắc phải là kind: none";
        }

        foreach (var m in DeadlineRuleValidator.Check("deadline", p.Deadline, p.Published.DeadlineText, p.Form)) yield return m;
        for (var i = 0; i < p.Milestones.Count; i++)
        {
            foreach (var m in Milestone($"milestones[{i}]", p.Milestones[i], p.Form)) yield return m;
        }

        foreach (var m in Routing(p)) yield return m;
        foreach (var kind in p.Filing.UnitKinds.Intersect(p.Filing.ExcludedUnitKinds))
        {
            yield return $"filing: loại đơn vị '{Codes.Camel(kind.ToString())}' vừa ở unitKinds vừa ở excludedUnitKinds";
        }

        if (p.PasswordAdvice && jurisdiction.Policy.Passwords is null) yield return "passwordAdvice: địa phương chưa có jurisdiction.policy.passwords để nhắc";
        if (p.Reminders is { } reminders) foreach (var m in ReminderPolicyValidator.Check("reminders", reminders)) yield return m;
        if (p.Kinds.Count == 0) yield return "thiếu loại yêu cầu (kinds) để bot hiểu người dùng cần thủ tục này";
        foreach (var dup in CatalogValidator.Duplicates(p.Kinds.Select(JsonName))) yield return $"loại yêu cầu (kinds) '{dup}' bị trùng";
        foreach (var s in p.SubCases.Where(s => s.Kind is { } kind && !p.Kinds.Contains(kind)))
        {
            yield return $"subCases '{s.Code}': kind '{JsonName(s.Kind!.Value)}' không có trong kinds của thủ tục";
        }

        foreach (var dup in p.SubCases.GroupBy(s => s.Code).Where(g => g.Count() > 1)) yield return $"trường hợp (subCases) '{dup.Key}' bị trùng";
        var subCases = p.SubCases.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var m in _fields.Validate(p.Form, subCases, topLevel: true)) yield return m;
        foreach (var m in new SubCaseValidator(p).Validate()) yield return m;
    }

    private static IEnumerable<string> Published(PublishedFields f)
    {
        foreach (var name in f.NotStated.Where(n => !PublishedFields.Names.Contains(n)))
        {
            yield return $"published.notStated: '{name}' không phải trường công bố; cho phép: {string.Join(", ", PublishedFields.Names)}";
        }

        foreach (var dup in f.NotStated.GroupBy(n => n).Where(g => g.Count() > 1)) yield return $"published.notStated: '{dup.Key}' bị lặp";
        foreach (var (name, has) in f.Presence())
        {
            if (has && !f.IsStated(name)) yield return $"published.{name} có nội dung nhưng lại ở notStated; chọn một";
            if (!has && f.IsStated(name))
            {
                yield return $"published.{name} để trống; ghi đúng như văn bản (kể cả \"Không quy định\" khi văn bản ghi vậy), hoặc thêm \"{name}\" vào published.notStated nếu văn bản không nêu";
            }
        }
    }

    private static IEnumerable<string> Milestone(string where, Milestone m, IReadOnlyList<FormField> form)
    {
        if (string.IsNullOrWhiteSpace(m.Name)) yield return $"{where}.name: thiếu tên mốc";
        var rule = m.Deadline;
        if (rule.Kind == DeadlineKind.None) yield return $"{where}.deadline: mốc cần một thời hạn (kind khác none)";
        else if (rule.IsPeriod && m.Party == MilestoneParty.Requester && rule.From != DeadlineStart.FormDate)
        {
            yield return $"{where}.deadline: mốc của bên gửi (party: requester) tính theo khoảng thời gian cần from: formDate và fromField "
                + $"(ngày ghi trong biểu mẫu); '{Codes.Camel(rule.From.ToString())}' không tính được trước khi hồ sơ được gửi";
        }
        else if (rule.IsPeriod && m.Party != MilestoneParty.Requester)
        {
            yield return $"{where}.deadline: mốc của cơ quan (party: {Codes.Camel(m.Party.ToString())}) chỉ tính theo ngày hằng năm (beforeDate, inMonth); "
                + "thời hạn tính theo khoảng của cơ quan là deadline của thủ tục";
        }

        foreach (var fault in DeadlineRuleValidator.Check($"{where}.deadline", rule, m.Text, form)) yield return fault;
    }

    private IEnumerable<string> Routing(Procedure p)
    {
        var r = p.Routing;
        var named = new[] { r.ExecutingUnit, r.DecidingUnit }.Concat(r.Overrides.SelectMany(o => new[] { o.ExecutingUnit, o.DecidingUnit }));
        foreach (var unit in named.OfType<string>().Where(u => u != ProcedureRouting.RequesterParent && !agencies.Contains(u)).Distinct())
        {
            yield return $"routing: cơ quan '{unit}' không có trong danh sách agencies của tệp";
        }

        if (p.RequiresApproval && (r.DecidingUnit is null || r.Overrides.Any(o => o.DecidingUnit is null)))
        {
            yield return "routing.decidingUnit: requiresApproval cần cơ quan có thẩm quyền quyết định; văn bản không nêu thì requiresApproval: false";
        }

        if (r.ExecutingUnitField is { } field && !p.Form.Any(f => f.Name == field && f.Type == FieldType.Unit))
        {
            yield return $"routing.executingUnitField '{field}' phải là một trường kiểu unit của biểu mẫu";
        }
    }

    private static string JsonName(RequestKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
