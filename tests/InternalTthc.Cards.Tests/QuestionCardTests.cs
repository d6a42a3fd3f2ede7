using System.Globalization;
using System.Text.Json;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Rendering;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Tests;

/// <summary>A question's card (hỏi - đáp) reads as a question to the agent: "câu hỏi" and "trả lời", never "hồ sơ".</summary>
public sealed class QuestionCardTests
{
    private static readonly Uri Page = new("https://tthc.example/ho-so/LCU-2026-00002");

    [Fact]
    public void A_question_s_card_with_every_button_a_question_may_show_says_question_not_case()
    {
        var question = CardSamples.SampleCase with
        {
            Code = "LCU-2026-00002", IsQuestion = true, Assignee = "Đỗ Thu Trang", Stages = [], ResultNumber = null, ResultDate = null, ResultSummary = null,
            Content = CardSamples.SampleContent with { Masked = true },
            Page = new CaseLink(CardText.ForCase(true, "CasePageLink"), Page), PageQrCode = "data:image/png;base64,AAAA",
        };
        var verbs = Enum.GetValues<Core.Cases.CaseAction>().Where(a => a is not (Core.Cases.CaseAction.Resolve or Core.Cases.CaseAction.MoveToStage))
            .Select(CaseVerbs.For).Concat([CaseVerbs.Take, CaseVerbs.Rate, CaseVerbs.Answer]);
        var card = CaseCard.Create(question, "Đã tiếp nhận câu hỏi LCU-2026-00002.", controls: new CaseControls { Code = question.Code, Verbs = new HashSet<string>(verbs) });

        var text = new PlainTextRenderer().Render(card).Text;
        var adaptive = new AdaptiveCardRenderer().Render(card).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var shown in new[] { text, adaptive })
        {
            Assert.DoesNotContain("hồ sơ", shown, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Câu hỏi LCU-2026-00002", text);
        Assert.Contains("• Cán bộ trả lời: Đỗ Thu Trang", text);
        Assert.Contains("• Hạn trả lời: 17:00 04/03/2026", text);
        Assert.Contains("Nhận trả lời (giao cho tôi)", text);
        Assert.Contains("Rút câu hỏi", text);
        Assert.Contains("Tệp kèm câu hỏi", text);
        Assert.Contains("chỉ cán bộ trả lời câu hỏi và bên hỏi xem được đầy đủ", text);
        Assert.Contains("Văn bản và trang câu hỏi", text);
        Assert.Contains("Mã QR mở trang câu hỏi LCU-2026-00002", adaptive);

        // The same card of a case keeps its words.
        var asCase = new PlainTextRenderer().Render(CaseCard.Create(question with { IsQuestion = false },
            controls: new CaseControls { Code = question.Code, Verbs = new HashSet<string>(verbs) })).Text;
        Assert.Contains("Rút hồ sơ", asCase);
        Assert.Contains("• Người xử lý: Đỗ Thu Trang", asCase);
    }

    [Fact]
    public void Every_text_a_question_reads_in_its_own_words_has_its_twin_in_Vietnamese_and_English_without_the_word_case()
    {
        foreach (var key in CardText.QuestionTwins)
        {
            var vi = CardText.ForCase(true, key, CardText.Vietnamese, "{0}", "{1}");
            var en = CardText.ForCase(true, key, CultureInfo.GetCultureInfo("en"), "{0}", "{1}");
            Assert.NotEqual(CardText.Get(key, CardText.Vietnamese, "{0}", "{1}"), vi);
            Assert.DoesNotContain("hồ sơ", vi, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("case", en, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(CardText.QuestionKey(key), CardText.Keys(CultureInfo.GetCultureInfo("en")));
        }
    }
}
