using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Điều 24 khoản 1: "Câu hỏi phải được soạn thảo dưới dạng chữ tiếng Việt có dấu, không viết tắt,
/// không sử dụng các ký hiệu không được thừa nhận theo quy định, nội dung câu hỏi phải cụ thể, câu
/// hỏi phải gửi đến cơ quan, đơn vị, địa phương cụ thể". Each part is checked on its own, so the
/// person learns every reason at once.
/// </summary>
public sealed class QuestionRules
{
    /// <summary>Below this share of words with diacritics the text is "unaccented" (real Vietnamese has well over half).</summary>
    public const double MinAccentedShare = 0.3;

    /// <summary>Fewer words than this cannot be a specific question.</summary>
    public const int MinWords = 4;

    /// <summary>Acronyms written in capitals that official texts use and people know.</summary>
    private static readonly FrozenSet<string> KnownAcronyms = new[]
    {
        "DTI", "CNTT", "UBND", "HĐND", "TTHC", "CCCD", "CMND", "CSDL", "HTTT", "ATTT", "BHXH", "TTTT", "KHCN", "VNPT", "PDF",
        "USB", "IT", "SMS", "OTP", "URL", "IP", "VPN", "SOC", "CPU", "GPS", "ID", "QR", "TP", "THPT", "MST", "VNEID", "OK", "PC", "CĐS",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Abbreviations = ShortForms.All
        .Where(s => s.IsAbbreviation && !s.From.Contains(' '))
        .ToFrozenDictionary(s => s.From, s => s.To, StringComparer.Ordinal);

    /// <summary>Words that name an agency when a name follows ("Sở Khoa học và Công nghệ", "UBND xã").</summary>
    private static readonly string[] AgencyWords =
    [
        "ủy ban nhân dân", "uỷ ban nhân dân", "ủy ban", "uỷ ban", "ubnd", "hđnd", "văn phòng", "trung tâm", "chi cục", "sở", "cục",
        "phòng", "huyện", "thị xã", "thành phố", "thị trấn", "xã", "phường", "bộ phận",
    ];

    private static readonly string[] NotAgencyAfter = ["chống", "ngừa", "nãy", "đầu", "ngày", "đêm", "hành"];

    public static string Source => UnderstandingText.Vietnamese("Question.Source");

    /// <summary>The reasons in Vietnamese; empty when the question may be sent.</summary>
    public IReadOnlyList<string> Check(string question, string? agencyCode) => Find(question, agencyCode).Select(f => f.Message).ToList();

    public IReadOnlyList<QuestionFinding> Find(string question, string? agencyCode)
    {
        var words = TypedWords.Of(question);
        var letters = Enumerable.Range(0, words.Count).Where(i => words[i].Folded.All(char.IsLetter)).ToList();
        var findings = new List<QuestionFinding>();
        var accented = letters.Count(i => words[i].HasDiacritics);
        if (letters.Count >= MinWords - 1 && accented < MinAccentedShare * letters.Count)
        {
            findings.Add(new(QuestionProblem.NoDiacritics, []));
        }
        bool shouting = letters.Count(i => IsCapitals(words.Original(i))) * 2 > letters.Count;
        var abbreviations = letters.Select(i => Abbreviation(words.Original(i), words[i], shouting)).OfType<string>().Distinct().ToList();
        if (abbreviations.Count > 0)
        {
            findings.Add(new(QuestionProblem.Abbreviations, abbreviations));
        }
        if (Symbols(question) is { Count: > 0 } symbols)
        {
            findings.Add(new(QuestionProblem.Symbols, symbols));
        }
        if (letters.Count < MinWords)
        {
            findings.Add(new(QuestionProblem.NotSpecific, []));
        }
        if (string.IsNullOrWhiteSpace(agencyCode) && !NamesAgency(words))
        {
            findings.Add(new(QuestionProblem.NoAgency, []));
        }
        return findings;
    }

    /// <summary>"“mk” (viết đầy đủ: “mật khẩu”)" for a known short form, "“HTCV”" for unknown capitals, null otherwise.</summary>
    private static string? Abbreviation(string typed, Token word, bool shouting)
    {
        var known = Abbreviations.GetValueOrDefault(word.Lower) ?? Abbreviations.GetValueOrDefault(word.Folded);
        if (known is not null)
        {
            return UnderstandingText.Vietnamese("Question.AbbreviationWithFull", typed, known);
        }
        var upper = typed.Normalize(NormalizationForm.FormC).ToUpperInvariant();
        return !shouting && IsCapitals(typed) && typed.Length is >= 2 and <= 6 && !KnownAcronyms.Contains(upper) ? $"“{typed}”" : null;
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>
    /// Emoji and other symbols, and signs used as words ("=>", "&amp;", "+"), each run of them once;
    /// punctuation, and signs inside a word (an e-mail's "@", "123/QĐ-UBND"), are fine.
    /// </summary>
    private static List<string> Symbols(string question)
    {
        var runs = new List<(int Start, int End)>();
        foreach (var token in Tokenizer.Split(question).Where(t => !t.IsWord && IsSymbol(question, t.Start)))
        {
            bool joins = runs.Count > 0 && runs[^1].End >= token.Start;
            int end = token.Start + (char.IsHighSurrogate(question[token.Start]) ? 2 : 1);
            runs.Add(joins ? (runs[^1].Start, end) : (token.Start, end));
            if (joins)
            {
                runs.RemoveAt(runs.Count - 2);
            }
        }
        return runs.Select(r => question[r.Start..r.End]).Distinct().ToList();
    }

    private static bool IsSymbol(string text, int at) =>
        Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _) == System.Buffers.OperationStatus.Done
        && (Rune.GetUnicodeCategory(rune) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
            || "&@#~^*|=_\\".Contains(text[at]));

    /// <summary>An agency word typed exactly (unaccented "so" is more often "số" than "sở") and followed by its name.</summary>
    private static bool NamesAgency(TypedWords words) => Enumerable.Range(0, words.Count).Any(at =>
        words.MatchExactly(at, AgencyWords) is int n and > 0 && at + n < words.Count && !words.BreakBefore(at + n)
        && !NotAgencyAfter.Any(w => words.Is(at + n, w)) && !words.Is(at - 1, "dự"));
}
