namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks what makes one answer depend on others: <c>shownWhen</c>, <c>requiredWhen</c> and <c>rules</c> may only name
/// a field of the same level (a column: a column of the same row) asked before it, with values it can have.
/// </summary>
internal sealed class AnswerRuleValidator(IReadOnlyList<FormField> siblings, IReadOnlyList<FormField> earlier, bool topLevel)
{
    private string Level => topLevel ? "trường của biểu mẫu" : "cột của cùng dòng";

    public IEnumerable<string> Check(FormField f)
    {
        if (f.ShownWhen is { } shown) foreach (var m in Condition("shownWhen", f, shown)) yield return m;
        if (f.RequiredWhen is { } required) foreach (var m in Condition("requiredWhen", f, required)) yield return m;
        if (f.RequiredWhen is not null && f.Required) yield return "requiredWhen: bỏ required: true, vì bắt buộc hay không đã do requiredWhen quyết định";
        for (var i = 0; i < f.Rules.Count; i++)
        {
            foreach (var m in Rule(f, f.Rules[i])) yield return $"rules[{i}]: {m}";
        }
    }

    private IEnumerable<string> Rule(FormField f, AnswerRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Error)) yield return "thiếu error: câu tiếng Việt nói điều gì được chờ đợi và theo quy định nào";
        if (rule.Pattern is null && rule.Templates.Count == 0) yield return "cần pattern hoặc templates (không có gì để kiểm tra)";
        if (rule.Pattern is { } p && !FormFieldValidator.Compiles(p)) yield return $"biểu thức pattern không hợp lệ: {p}";
        if (rule.When is { } when) foreach (var m in Condition("when", f, when)) yield return m;
        foreach (var template in rule.Templates)
        {
            var (names, fault) = AnswerTemplate.Parse(template);
            if (fault is not null) yield return $"templates: {fault}";
            foreach (var name in names.Where(n => n == f.Name || siblings.All(s => s.Name != n)))
            {
                yield return $"templates: mẫu \"{template}\" đọc '{name}', không phải một {Level} khác (có: {Names(siblings.Where(s => s.Name != f.Name))})";
            }
        }
    }

    private IEnumerable<string> Condition(string where, FormField f, FieldCondition c)
    {
        var named = earlier.FirstOrDefault(s => s.Name == c.Field);
        if (named is null)
        {
            var later = siblings.Any(s => s.Name == c.Field && s.Name != f.Name);
            yield return later
                ? $"{where}.field '{c.Field}' được hỏi sau trường này; điều kiện chỉ được dựa vào {Level} hỏi trước nó"
                : $"{where}.field '{c.Field}' không phải một {Level} hỏi trước nó (có: {Names(earlier)})";
            yield break;
        }

        if (c.EqualTo is not null && c.In.Count > 0) yield return $"{where}: dùng equals hoặc in, không dùng cả hai";
        if (named.Type is FieldType.Choice or FieldType.MultiChoice)
        {
            foreach (var v in c.Values.Where(v => named.Choices.All(ch => ch.Value != v)))
            {
                yield return $"{where}: '{v}' không phải giá trị của '{c.Field}'; cho phép: {string.Join(", ", named.Choices.Select(ch => ch.Value))}";
            }
        }
    }

    private static string Names(IEnumerable<FormField> fields) => fields.Any() ? string.Join(", ", fields.Select(s => s.Name)) : "không có";
}
