using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Conversation commands. A command is the whole message (after fillers, maybe followed by words
/// such as "không cần nữa"); a message that starts with one and goes on ("hủy tài khoản thư")
/// is first tried as a procedure. A case code anywhere is a look-up.
/// </summary>
internal static partial class CommandReader
{
    private static readonly PhraseTable<CommandKind> Table = new(
    [
        (CommandKind.Cancel, "hủy"), (CommandKind.Cancel, "huỷ"), (CommandKind.Cancel, "hủy bỏ"), (CommandKind.Cancel, "thôi"),
        (CommandKind.Cancel, "dừng"), (CommandKind.Cancel, "dừng lại"), (CommandKind.Cancel, "cancel"), (CommandKind.Cancel, "stop"),
        (CommandKind.Cancel, "thôi khỏi"), (CommandKind.Cancel, "không làm nữa"),
        (CommandKind.Back, "quay lại"), (CommandKind.Back, "trở lại"), (CommandKind.Back, "quay về"), (CommandKind.Back, "lùi lại"),
        (CommandKind.Back, "back"),
        (CommandKind.Help, "trợ giúp"), (CommandKind.Help, "hướng dẫn"), (CommandKind.Help, "help"), (CommandKind.Help, "giúp"),
        (CommandKind.Help, "giúp đỡ"), (CommandKind.Help, "hướng dẫn sử dụng"), (CommandKind.Help, "dùng thế nào"),
        (CommandKind.MyCases, "hồ sơ của tôi"), (CommandKind.MyCases, "hồ sơ đơn vị"), (CommandKind.MyCases, "ds hồ sơ"),
        (CommandKind.MyCases, "hồ sơ đã gửi"), (CommandKind.MyCases, "xem hồ sơ"), (CommandKind.MyCases, "hồ sơ đến đâu"),
        (CommandKind.Queue, "hàng đợi"), (CommandKind.Queue, "hồ sơ cần xử lý"), (CommandKind.Queue, "hồ sơ chờ xử lý"),
        (CommandKind.Queue, "việc cần làm"), (CommandKind.Queue, "hàng chờ"), (CommandKind.Queue, "xem hàng đợi"),
        (CommandKind.LookUp, "tra cứu"), (CommandKind.LookUp, "tra cứu hồ sơ"), (CommandKind.LookUp, "kiểm tra hồ sơ"),
        (CommandKind.LookUp, "tình trạng hồ sơ"),
        (CommandKind.Human, "gặp cán bộ"), (CommandKind.Human, "gặp người"), (CommandKind.Human, "nói chuyện với cán bộ"),
        (CommandKind.Human, "nói chuyện với người"), (CommandKind.Human, "tổng đài viên"), (CommandKind.Human, "gặp người thật"),
        (CommandKind.Human, "gặp nhân viên"), (CommandKind.Human, "chuyển cán bộ"), (CommandKind.Human, "tư vấn viên"),
        (CommandKind.Menu, "menu"), (CommandKind.Menu, "danh sách thủ tục"), (CommandKind.Menu, "bắt đầu"), (CommandKind.Menu, "bắt đầu lại"),
        (CommandKind.Menu, "start"), (CommandKind.Menu, "các thủ tục"), (CommandKind.Menu, "có những thủ tục nào"),
        (CommandKind.Greeting, "xin chào"), (CommandKind.Greeting, "chào"), (CommandKind.Greeting, "hi"), (CommandKind.Greeting, "hello"),
        (CommandKind.Greeting, "alo"), (CommandKind.Greeting, "chào buổi sáng"),
        (CommandKind.SearchAnswers, "tìm câu hỏi"), (CommandKind.SearchAnswers, "tìm kiếm câu hỏi"), (CommandKind.SearchAnswers, "tra cứu câu hỏi"),
        (CommandKind.SearchAnswers, "tra câu hỏi"), (CommandKind.SearchAnswers, "tìm hỏi đáp"), (CommandKind.SearchAnswers, "tra cứu hỏi đáp"),
        (CommandKind.SearchAnswers, "tìm câu trả lời"), (CommandKind.SearchAnswers, "xem hỏi đáp"), (CommandKind.SearchAnswers, "tìm trong hỏi đáp"),
    ]);

    /// <summary>Words that may follow a command without changing it ("thôi không cần nữa", "quay lại bước trước").</summary>
    private static readonly FrozenSet<string> Tail = new[] { "can", "buoc", "truoc", "xem", "giup", "ngay", "bo", "lai", "viec", "het", "chinh" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first case code in the text, upper case.</summary>
    public static string? FindCaseCode(string text) => CaseCode().Match(text) is { Success: true } m ? m.Value.ToUpperInvariant() : null;

    /// <summary>The command the whole message is.</summary>
    public static CommandKind? Whole(IReadOnlyList<string> words) =>
        Table.Leading(words) is { } hit && words.Skip(hit.Length).All(Tail.Contains) ? hit.Value : null;

    /// <summary>
    /// The command the message starts with, whatever follows; only phrases of two or more words,
    /// since one word is too often something else ("thời tiết" folds to "thoi tiet", as "thôi").
    /// </summary>
    public static CommandKind? Leading(IReadOnlyList<string> words) => Table.Leading(words) is { Length: > 1 } hit ? hit.Value : null;

    /// <summary>
    /// Whether a person is asked for anywhere in the message ("mình cần gặp cán bộ để hỏi về hộp thư"): that wish wins over
    /// the procedure the sentence also names. Phrases of two or more words only, as for <see cref="Leading"/>.
    /// </summary>
    public static bool AsksForPerson(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (Table.At(words, i) is { Value: CommandKind.Human, Length: > 1 }) return true;
        }
        return false;
    }

    /// <summary>The words after a leading greeting ("chào bạn, mình quên mk" -> "quên mk").</summary>
    public static IReadOnlyList<string> WithoutGreeting(IReadOnlyList<string> words) =>
        Table.Leading(words) is { Value: CommandKind.Greeting } hit ? words.Skip(hit.Length).ToList() : words;

    /// <summary>The command the message starts with when it takes the words after it (a search), and how many words it spans.</summary>
    public static (CommandKind Kind, int Length)? TakingWords(IReadOnlyList<string> words) =>
        Table.Leading(words) is { Value: CommandKind.SearchAnswers } hit ? (hit.Value, hit.Length) : null;

    /// <summary>
    /// What was typed after the first <paramref name="commandWords"/> canonical words, as typed ("tìm câu hỏi về mật khẩu" -> "về mật khẩu"):
    /// the shortest run of typed words whose canonical words begin with them marks where the command ends.
    /// </summary>
    public static string After(string text, IReadOnlyList<Token> tokens, int commandWords)
    {
        var typed = tokens.Where(t => t.IsWord).ToList();
        var all = Fillers.Remove(Canonicalizer.Words(typed));
        for (int k = 1; k <= typed.Count; k++)
        {
            var prefix = Fillers.Remove(Canonicalizer.Words(typed.Take(k).ToList()));
            if (prefix.Count >= commandWords && prefix.Take(commandWords).SequenceEqual(all.Take(commandWords)))
            {
                return new string([.. text[typed[k - 1].End..].SkipWhile(c => !char.IsLetterOrDigit(c))]).Trim().Normalize(System.Text.NormalizationForm.FormC);
            }
        }

        return "";
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{2,5}-\d{4}-\d{3,6}(?![\p{L}\p{N}])")]
    private static partial Regex CaseCode();
}
