using System.Text.Json;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// Turns a deserialization error into a fault that names the procedure and the property,
/// e.g. "lcu-mailbox-grant: form[1].type: giá trị 'textarea' không hợp lệ".
/// </summary>
internal static partial class JsonFaultDescriber
{
    public static CatalogFault Describe(string fileName, string json, JsonException ex)
    {
        var path = ex.Path ?? "$";
        var line = ex.LineNumber is { } l ? $" (dòng {l + 1})" : "";
        var (entry, relative) = SplitAtProcedure(json, path);
        var message = ex.Message;

        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return new CatalogFault(fileName, entry, $"{relative}: thiếu thuộc tính bắt buộc {missing.Groups[1].Value}{line} (missing required property)");
        }

        var unknownMember = UnmappedMember().Match(message);
        if (unknownMember.Success)
        {
            return new CatalogFault(fileName, entry, $"{relative}: thuộc tính không được biết '{unknownMember.Groups[1].Value}'{line} (unknown property)");
        }

        var enumType = EnumConversion().Match(message);
        if (enumType.Success && Type.GetType(enumType.Groups[1].Value.TrimEnd('.')) is { IsEnum: true } type)
        {
            var value = ValueAt(json, path) ?? "?";
            var allowed = string.Join(", ", Enum.GetNames(type).Select(Codes.Camel));
            return new CatalogFault(fileName, entry, $"{relative}: giá trị '{value}' không hợp lệ{line}; cho phép: {allowed} (unknown {type.Name})");
        }

        return new CatalogFault(fileName, entry, $"{relative}: JSON không hợp lệ{line}: {FirstSentence(message)}");
    }

    /// <summary>Splits "$.procedures[3].form[1].type" into the code of procedure 3 and "form[1].type".</summary>
    private static (string? Entry, string Relative) SplitAtProcedure(string json, string path)
    {
        var m = ProcedurePath().Match(path);
        if (!m.Success)
        {
            return (null, path.TrimStart('$', '.') is { Length: > 0 } p ? p : "(gốc)");
        }

        var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var code = CodeOfProcedure(json, index) ?? $"procedures[{index}]";
        var rest = m.Groups[2].Value.TrimStart('.');
        return (code, rest.Length > 0 ? rest : "(thủ tục)");
    }

    private static string? CodeOfProcedure(string json, int index)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            // A mutated file may have anything where objects belong: TryGetProperty throws on those, so the kinds are checked first.
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("procedures", out var list) && list.ValueKind == JsonValueKind.Array
                && index < list.GetArrayLength() && list[index].ValueKind == JsonValueKind.Object && list[index].TryGetProperty("code", out var code))
            {
                return code.ValueKind == JsonValueKind.String ? code.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // The file is not even well-formed JSON: the path alone will have to do.
        }

        return null;
    }

    private static string? ValueAt(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var element = doc.RootElement;
            foreach (Match segment in PathSegment().Matches(path))
            {
                element = segment.Groups[1].Success
                    ? element.GetProperty(segment.Groups[1].Value)
                    : element[int.Parse(segment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
            }

            return element.ToString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static string FirstSentence(string message) => message.Split(". Path:")[0];

    [GeneratedRegex(@"^\$\.procedures\[(\d+)\](.*)$")]
    private static partial Regex ProcedurePath();

    [GeneratedRegex(@"\.(\w+)|\[(\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex(@"missing required properties including: (.+?)\.(?: Path|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"could not be converted to ([\w.]+)")]
    private static partial Regex EnumConversion();
}
