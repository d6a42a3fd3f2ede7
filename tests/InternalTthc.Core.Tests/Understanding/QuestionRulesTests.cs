using System.Text;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>TestData/questions.tsv: Điều 24 khoản 1 of Lai Châu's regulation, checked on realistic questions.</summary>
public sealed class QuestionRulesTests
{
    private readonly QuestionRules _rules = new();

    [Fact]
    public void Every_question_gets_the_expected_problems()
    {
        var rows = TestDataFile.Rows("questions.tsv");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var findings = _rules.Find(row[1], row[0] == "-" ? null : row[0]);
            var actual = findings.Count == 0 ? "-" : string.Join('|', findings.Select(Describe));
            if (actual != row[2])
            {
                failures.Add($"  {row[1]}: expected {row[2]}, got {actual}");
            }
        }
        Assert.True(rows.Count >= 12, $"only {rows.Count} questions");
        TestDataFile.Report("questions", rows.Count, failures);
    }

    [Fact]
    public void Reasons_are_told_in_vietnamese()
    {
        var reasons = _rules.Check("toi ko biet nop ho so o dau", null);
        Assert.Equal(
        [
            "Câu hỏi phải được viết bằng chữ tiếng Việt có dấu.",
            "Câu hỏi không được viết tắt: “ko” (viết đầy đủ: “không”).",
            "Câu hỏi phải gửi đến cơ quan, đơn vị, địa phương cụ thể.",
        ], reasons);
        Assert.Empty(_rules.Check("Thủ tục cấp tài khoản thư điện tử công vụ cần những giấy tờ gì?", "lcu-so-khcn"));
        Assert.StartsWith("Khoản 1 Điều 24", QuestionRules.Source);
    }

    [Fact]
    public void A_decomposed_question_is_accepted_like_a_composed_one()
    {
        var question = "Thủ tục cấp tài khoản thư điện tử công vụ cần những giấy tờ gì?".Normalize(NormalizationForm.FormD);
        Assert.Empty(_rules.Check(question, "lcu-so-khcn"));
    }

    /// <summary>"Abbreviations(ko|đc)": the problem and the words named, without the full forms.</summary>
    private static string Describe(QuestionFinding f) =>
        f.Words.Count == 0 ? f.Problem.ToString() : $"{f.Problem}({string.Join('|', f.Words.Select(w => w.Split('”')[0].TrimStart('“')))})";
}
