using System.Text.RegularExpressions;

namespace InternalTthc.Core.Catalog;

/// <summary>Checks that every form field can be asked and answered: names, labels, choices, columns, patterns, conditions, rules.</summary>
internal sealed class FormFieldValidator
{
    public IEnumerable<string> Validate(IReadOnlyList<FormField> fields, HashSet<string> subCases, bool topLevel)
    {
        var where = topLevel ? "form" : "columns";
        foreach (var dup in fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            yield return $"{where}: tên trường '{dup.Key}' bị trùng (duplicate field name)";
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var earlier = fields.Take(i).ToList();
            foreach (var fault in ValidateField(fields[i], subCases, topLevel).Concat(new AnswerRuleValidator(fields, earlier, topLevel).Check(fields[i])))
            {
                yield return $"{where}[{i}] ({fields[i].Name}): {fault}";
            }
        }
    }

    private IEnumerable<string> ValidateField(FormField f, HashSet<string> subCases, bool topLevel)
    {
        if (!Codes.IsFieldName(f.Name)) yield return "tên trường phải là camelCase (name)";
        if (string.IsNullOrWhiteSpace(f.Label)) yield return "thiếu nhãn (label)";
        if (f.Type is FieldType.Choice or FieldType.MultiChoice)
        {
            if (f.Choices.Count == 0) yield return "trường lựa chọn cần danh sách choices";
            if (f.Choices.Select(c => c.Value).Distinct().Count() != f.Choices.Count) yield return "choices có giá trị trùng";
            if (f.Choices.Any(c => string.IsNullOrWhiteSpace(c.Label))) yield return "choices có nhãn trống";
        }
        else if (f.Choices.Count > 0)
        {
            yield return $"choices chỉ dùng cho trường kiểu choice/multiChoice, không dùng cho {f.Type}";
        }

        if (f.Type == FieldType.Rows)
        {
            if (!topLevel) yield return "không được lồng bảng trong bảng (rows inside rows)";
            if (f.Columns.Count == 0) yield return "bảng (rows) cần danh sách cột (columns)";
            if (f.MinRows > f.MaxRows) yield return "minRows lớn hơn maxRows";
            foreach (var fault in Validate(f.Columns, subCases, topLevel: false)) yield return fault;
        }
        else if (f.Columns.Count > 0)
        {
            yield return "columns chỉ dùng cho trường kiểu rows";
        }

        if (f.Pattern is { } pattern && !Compiles(pattern)) yield return $"biểu thức pattern không hợp lệ: {pattern}";
        if (f.Pattern is not null && string.IsNullOrWhiteSpace(f.PatternError)) yield return "có pattern thì cần patternError tiếng Việt";
        foreach (var s in f.SubCases.Where(s => !subCases.Contains(s))) yield return $"subCases '{s}' không có trong danh sách trường hợp của thủ tục";
    }

    internal static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
