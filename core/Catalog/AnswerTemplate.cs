using System.Text;
using System.Text.RegularExpressions;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// An answer built from other answers, e.g. "{fullName|given}{fullName|initials}{citizenIdLast4|last3}@bacninh.gov.vn":
/// "Nguyễn Văn An" and "0123" give "annv123@bacninh.gov.vn". Each <c>{name|how}</c> takes another answer (of the form,
/// or of the same row) written without diacritics, lower case, letters and digits only, and: <c>given</c> its last
/// word, <c>initials</c> the first letters of the words before it, <c>lastN</c> its last N characters, nothing: all of it.
/// </summary>
public static partial class AnswerTemplate
{
    public static readonly IReadOnlyList<string> Transforms = ["given", "initials", "lastN"];

    /// <summary>The answers a template reads, or the first fault in it (an unknown transform, a brace left open).</summary>
    public static (IReadOnlyList<string> Names, string? Fault) Parse(string template)
    {
        var names = new List<string>();
        var rest = Placeholder().Replace(template, m =>
        {
            names.Add(m.Groups[1].Value);
            return "";
        });
        if (rest.Contains('{') || rest.Contains('}'))
        {
            return (names, $"mẫu \"{template}\" có dấu ngoặc nhọn không đóng đúng dạng {{tên|cách lấy}}");
        }

        var bad = Placeholder().Matches(template).Select(m => m.Groups[2].Value).FirstOrDefault(how => how.Length > 0 && Apply(how, "") is null);
        return bad is null ? (names, null)
            : (names, $"mẫu \"{template}\": cách lấy '{bad}' không hợp lệ; cho phép: {string.Join(", ", Transforms)} (N là số chữ số, ví dụ last3)");
    }

    /// <summary>The answer the template gives from the others; null when one it reads is empty.</summary>
    public static string? Render(string template, Func<string, string?> answer)
    {
        var missing = false;
        var text = Placeholder().Replace(template, m =>
        {
            var value = answer(m.Groups[1].Value);
            if (string.IsNullOrWhiteSpace(value)) missing = true;
            return Apply(m.Groups[2].Value, value ?? "") ?? "";
        });
        return missing ? null : text.ToLowerInvariant();
    }

    private static string? Apply(string how, string value)
    {
        var words = VietnameseText.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Plain).Where(w => w.Length > 0).ToList();
        if (how.Length == 0) return string.Concat(words);
        if (how == "given") return words.LastOrDefault() ?? "";
        if (how == "initials") return string.Concat(words.SkipLast(1).Select(w => w[0]));
        if (Last().Match(how) is { Success: true } last)
        {
            var all = string.Concat(words);
            var n = int.Parse(last.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return all.Length <= n ? all : all[^n..];
        }

        return null;
    }

    private static string Plain(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Where(char.IsAsciiLetterOrDigit)) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{([a-z][A-Za-z0-9]*)(?:\|([A-Za-z0-9]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^last([1-9][0-9]?)$")]
    private static partial Regex Last();
}
