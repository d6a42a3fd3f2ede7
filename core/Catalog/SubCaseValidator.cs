namespace InternalTthc.Core.Catalog;

/// <summary>Checks what sub-cases add: their form names, the columns they ask of shared lists, the values they fix, and the form rules naming them.</summary>
internal sealed class SubCaseValidator(Procedure p)
{
    public IEnumerable<string> Validate()
    {
        foreach (var s in p.SubCases)
        {
            var where = $"subCases ({s.Code})";
            if (s.FormName is { } name && string.IsNullOrWhiteSpace(name)) yield return $"{where}.formName: để trống; bỏ đi nếu dùng mẫu của thủ tục";
            var fields = p.Form.Where(f => f.SubCases.Count == 0 || f.SubCases.Contains(s.Code)).ToList();
            foreach (var (field, columns) in s.Columns)
            {
                var rows = fields.FirstOrDefault(f => f.Name == field && f.Type == FieldType.Rows);
                if (rows is null)
                {
                    yield return $"{where}.columns: '{field}' không phải trường kiểu rows của trường hợp này; có: {Names(fields.Where(f => f.Type == FieldType.Rows))}";
                    continue;
                }

                foreach (var c in columns.Where(c => rows.Columns.All(x => x.Name != c))) yield return $"{where}.columns.{field}: cột '{c}' không có; có: {Names(rows.Columns)}";
            }

            for (var i = 0; i < s.Fixed.Count; i++)
            {
                foreach (var m in Fixed(fields, s.Fixed[i])) yield return $"{where}.fixed[{i}]: {m}";
            }
        }

        for (var i = 0; i < p.FormRules.Count; i++)
        {
            foreach (var m in Rule(p.FormRules[i])) yield return $"formRules[{i}]: {m}";
        }
    }

    private static IEnumerable<string> Fixed(List<FormField> fields, FixedValue x)
    {
        var field = fields.FirstOrDefault(f => f.Name == x.Field);
        if (field is null)
        {
            yield return $"trường '{x.Field}' không có trong trường hợp này; có: {Names(fields)}";
            yield break;
        }

        var target = field;
        if (x.Column is not null)
        {
            target = field.Columns.FirstOrDefault(c => c.Name == x.Column);
            if (field.Type != FieldType.Rows || target is null)
            {
                yield return $"cột '{x.Column}' không có trong '{x.Field}'" + (field.Type == FieldType.Rows ? $"; có: {Names(field.Columns)}" : " (không phải trường kiểu rows)");
                yield break;
            }
        }
        else if (field.Type == FieldType.Rows)
        {
            yield return $"'{x.Field}' là bảng: cần column để cố định giá trị một cột";
            yield break;
        }

        if (target.Type is FieldType.Choice && target.Choices.All(c => c.Value != x.Value))
        {
            yield return $"'{x.Value}' không phải giá trị của '{target.Name}'; cho phép: {string.Join(", ", target.Choices.Select(c => c.Value))}";
        }
    }

    private IEnumerable<string> Rule(FormRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Error)) yield return "thiếu error: câu tiếng Việt nói cần điền gì";
        if (rule.AtLeastOne.Count < 2) yield return "atLeastOne cần ít nhất hai trường (một trường thì đặt required cho nó)";
        foreach (var s in rule.SubCases.Where(s => p.SubCases.All(x => x.Code != s))) yield return $"subCases '{s}' không có trong danh sách trường hợp của thủ tục";
        foreach (var name in rule.AtLeastOne)
        {
            var field = p.Form.FirstOrDefault(f => f.Name == name);
            if (field is null) yield return $"atLeastOne: trường '{name}' không có trong biểu mẫu";
            else if (field.Required) yield return $"atLeastOne: trường '{name}' đã bắt buộc (required), quy tắc không có ý nghĩa";
        }
    }

    private static string Names(IEnumerable<FormField> fields) => fields.Any() ? string.Join(", ", fields.Select(f => f.Name)) : "không có";
}
