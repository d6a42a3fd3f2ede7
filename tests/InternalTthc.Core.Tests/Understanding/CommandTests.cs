using System.Text;
using InternalTthc.Core.Text;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>Every command form of the brief, typed as written, without diacritics, in capitals and decomposed.</summary>
public sealed class CommandTests
{
    private readonly IntentRecognizer _recognizer = new(ShippedCatalog.Catalog);

    [Theory]
    [InlineData("hủy", CommandKind.Cancel)]
    [InlineData("huỷ", CommandKind.Cancel)]
    [InlineData("thôi", CommandKind.Cancel)]
    [InlineData("dừng", CommandKind.Cancel)]
    [InlineData("quay lại", CommandKind.Back)]
    [InlineData("trở lại", CommandKind.Back)]
    [InlineData("trợ giúp", CommandKind.Help)]
    [InlineData("hướng dẫn", CommandKind.Help)]
    [InlineData("help", CommandKind.Help)]
    [InlineData("hồ sơ của tôi", CommandKind.MyCases)]
    [InlineData("hồ sơ đơn vị", CommandKind.MyCases)]
    [InlineData("ds hồ sơ", CommandKind.MyCases)]
    [InlineData("hàng đợi", CommandKind.Queue)]
    [InlineData("hồ sơ cần xử lý", CommandKind.Queue)]
    [InlineData("tra cứu", CommandKind.LookUp)]
    [InlineData("gặp cán bộ", CommandKind.Human)]
    [InlineData("gặp người", CommandKind.Human)]
    [InlineData("nói chuyện với cán bộ", CommandKind.Human)]
    [InlineData("tổng đài viên", CommandKind.Human)]
    [InlineData("menu", CommandKind.Menu)]
    [InlineData("danh sách thủ tục", CommandKind.Menu)]
    [InlineData("bắt đầu", CommandKind.Menu)]
    [InlineData("xin chào", CommandKind.Greeting)]
    [InlineData("chào", CommandKind.Greeting)]
    [InlineData("hi", CommandKind.Greeting)]
    [InlineData("hello", CommandKind.Greeting)]
    public void A_command_reads_the_same_however_it_is_typed(string text, CommandKind expected)
    {
        foreach (var variant in new[] { text, VietnameseText.Fold(text), text.ToUpperInvariant(), text.Normalize(NormalizationForm.FormD), $"  {text} ạ!" })
        {
            foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
            {
                var recognition = _recognizer.Recognize(variant, jurisdiction.Code);
                Assert.True(recognition is { Kind: RecognitionKind.Command } && recognition.Command == expected,
                    $"{jurisdiction.Code}: '{variant}' => {recognition.Kind} {recognition.Command}");
            }
        }
    }

    [Theory]
    [InlineData("mình cần gặp cán bộ để hỏi về hộp thư")]
    [InlineData("cho toi gap can bo ve viec cap lai mat khau hop thu")]
    [InlineData("Máy in hỏng, tôi muốn nói chuyện với cán bộ kỹ thuật")]
    public void A_person_asked_for_within_a_longer_sentence_wins_over_the_procedure_it_names(string text)
    {
        var recognition = _recognizer.Recognize(text, "can-tho");
        Assert.Equal((RecognitionKind.Command, CommandKind.Human), (recognition.Kind, recognition.Command!.Value));
    }

    [Theory]
    [InlineData("tra cứu LCU-2026-00042", "LCU-2026-00042")]
    [InlineData("tra cuu lcu-2026-00042", "LCU-2026-00042")]
    [InlineData("TRA CỨU cto-2025-00001 giúp em", "CTO-2025-00001")]
    [InlineData("Hyn-2026-12345", "HYN-2026-12345")]
    public void A_case_code_is_looked_up_in_upper_case(string text, string code)
    {
        var recognition = _recognizer.Recognize(text, "lai-chau");
        Assert.Equal((RecognitionKind.Command, CommandKind.LookUp, code), (recognition.Kind, recognition.Command!.Value, recognition.CaseCode!));
    }
}
