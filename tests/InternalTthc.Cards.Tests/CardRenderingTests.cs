using System.Globalization;
using System.Text.Json;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Rendering;
using InternalTthc.Cards.Texts;
using InternalTthc.Testing;

namespace InternalTthc.Cards.Tests;

public sealed class CardRenderingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_card_validates_against_the_official_Adaptive_Card_1_5_schema()
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        var renderer = new AdaptiveCardRenderer();
        var samples = CardSamples.All().ToList();
        foreach (var (name, card) in samples)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".json"), renderer.Render(card).ToJsonString(), Ct);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + "-teams.json"), renderer.Render(card, universalActions: true).ToJsonString(), Ct);
        }

        var (exit, output) = await NodeRunner.RunAsync("validate-cards.mjs", [folder.FullName], Ct);
        folder.Delete(recursive: true);
        Assert.True(exit == 0, output);
        Assert.Contains($"{samples.Count * 2} cards checked, 0 invalid", output);
    }

    [Fact]
    public void A_link_typed_in_a_question_or_an_answer_is_shown_as_typed_not_as_a_link()
    {
        const string Typed = "[Tải biểu mẫu mới](https://evil.example) *gấp*";
        var card = Questions.AnswerListCard.Create(null, [CardSamples.SampleAnswer with { Question = Typed, Answer = Typed }]);

        var body = new AdaptiveCardRenderer().Render(card)["body"]!.AsArray();
        const string Escaped = @"\[Tải biểu mẫu mới\](https\://evil\.example) \*gấp\*";
        Assert.Contains(body, e => e!["text"]?.GetValue<string>() == Escaped);
        Assert.Contains(body.Where(e => e!["facts"] is not null).SelectMany(e => e!["facts"]!.AsArray()), f => f!["value"]!.GetValue<string>() == Escaped);
        Assert.Contains(Typed, new PlainTextRenderer().Render(card).Text); // text channels show no markdown: nothing to escape
    }

    [Fact]
    public void On_Teams_a_case_card_executes_its_buttons_and_refreshes_for_the_people_who_may_act()
    {
        var card = CardSamples.EveryControlCase();
        var teams = new AdaptiveCardRenderer().Render(card, universalActions: true).ToJsonString();
        var web = new AdaptiveCardRenderer().Render(card).ToJsonString();

        Assert.Contains("\"refresh\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"refreshCase\",\"data\":{\"code\":\"LCU-2026-00001\"}},\"userIds\":[\"29:agent-1\"]}", teams);
        Assert.Contains("\"type\":\"Action.Execute\",\"verb\":\"case.receive\",\"data\":{\"code\":\"LCU-2026-00001\"}", teams);
        Assert.Contains("\"fallback\":{\"type\":\"Action.Submit\"", teams);
        Assert.DoesNotContain("Action.Execute", web);
        Assert.DoesNotContain("refresh", web);
        Assert.Contains("\"data\":{\"action\":\"case.receive\",\"code\":\"LCU-2026-00001\"}", web);
    }

    [Fact]
    public void In_plain_text_a_case_card_numbers_its_buttons_and_shows_the_result()
    {
        var text = new PlainTextRenderer().Render(CardSamples.EveryControlCase());

        Assert.Contains("• Số văn bản kết quả: 15/TTCNTT", text.Text);
        Assert.Contains("• Yêu cầu bổ sung: Gửi lại danh sách", text.Text);
        Assert.Contains("  1. Nhận xử lý (giao cho tôi)", text.Text);
        Assert.Contains(text.Choices, c => c.Title == "Trả kết quả" && c.Data["action"]!.GetValue<string>() == "case.resolve");
    }

    [Fact]
    public void In_plain_text_a_case_card_lists_its_stages_marked_and_names_the_responder_of_its_answer()
    {
        var text = new PlainTextRenderer().Render(CardSamples.EveryControlCase());

        Assert.Contains("【Các giai đoạn xử lý】\n1. Xác minh, phân loại sự cố. — Đã xong\n2. Phối hợp ứng cứu. — Đang thực hiện\n3. Đánh giá, báo cáo. — Chưa thực hiện", text.Text);
        Assert.Contains("• Người trả lời: Hoàng Văn Nam — Chuyên viên Văn phòng UBND tỉnh", text.Text);
        Assert.Contains("• Cơ quan trả lời: Văn phòng Ủy ban nhân dân tỉnh", text.Text);
        Assert.Contains(text.Choices, c => c.Title == "Chuyển giai đoạn" && c.Data["action"]!.GetValue<string>() == "case.moveToStage");
        Assert.Contains(text.Choices, c => c.Title == "Trả lời câu hỏi" && c.Data["action"]!.GetValue<string>() == "case.answer");
    }

    [Fact]
    public void Menu_lists_the_jurisdictions_procedures_grouped_by_field_with_a_button_each()
    {
        var catalog = CardSamples.Catalog;
        var laiChau = catalog.FindJurisdiction("lai-chau")!;
        var json = new AdaptiveCardRenderer().Render(MenuCard.Create("Nguyễn Thị Hoa", laiChau, catalog.ForJurisdiction("lai-chau"))).ToJsonString();
        using var doc = JsonDocument.Parse(json);
        var body = doc.RootElement.GetProperty("body");
        Assert.Equal("Xin chào Nguyễn Thị Hoa!", body[0].GetProperty("text").GetString());
        var buttons = body.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(s => s.GetProperty("actions").EnumerateArray()).ToList();
        Assert.Equal(catalog.ForJurisdiction("lai-chau").Select(p => p.Code), buttons.Select(b => b.GetProperty("data").GetProperty("procedure").GetString()));
        Assert.All(buttons, b => Assert.Equal(CardData.StartProcedure, b.GetProperty("data").GetProperty("action").GetString()));
        Assert.Contains("Cấp mới, thay đổi tài khoản thư công vụ", buttons.Select(b => b.GetProperty("title").GetString()));
        Assert.Equal("vi", doc.RootElement.GetProperty("lang").GetString());
    }

    [Fact]
    public void Plain_text_numbers_the_buttons_in_order_and_names_their_commands()
    {
        var catalog = CardSamples.Catalog;
        var text = new PlainTextRenderer().Render(MenuCard.Create("Hoa", catalog.FindJurisdiction("can-tho")!, catalog.ForJurisdiction("can-tho")));
        Assert.Contains("Xin chào Hoa!", text.Text);
        Assert.Contains("  1. Cấp mới hộp thư điện tử", text.Text);
        Assert.Contains("  2. Cấp lại mật khẩu hộp thư", text.Text);
        Assert.Equal("cto-mailbox-password", text.Choices[1].Data["procedure"]!.GetValue<string>());

        var unlinked = new PlainTextRenderer().Render(UnlinkedCard.Create());
        Assert.Contains("1. Trợ giúp (gõ \"trợ giúp\")", unlinked.Text);
        Assert.Equal(CardData.ShowHelp, unlinked.Choices[0].Data[CardData.ActionKey]!.GetValue<string>());
    }

    [Fact]
    public void English_texts_exist_for_every_Vietnamese_text()
    {
        var vi = CardText.Keys(CultureInfo.GetCultureInfo("vi")).Order().ToList();
        Assert.NotEmpty(vi);
        Assert.Equal(vi, CardText.Keys(CultureInfo.GetCultureInfo("en")).Order());
        Assert.Equal("Hello Hoa!", CardText.Get("Greeting", CultureInfo.GetCultureInfo("en"), "Hoa"));
    }

    [Fact]
    public void Every_notification_text_has_its_English_twin()
    {
        var vi = NotificationText.Keys(CultureInfo.GetCultureInfo("vi")).Order().ToList();
        Assert.NotEmpty(vi);
        Assert.Equal(vi, NotificationText.Keys(CultureInfo.GetCultureInfo("en")).Order());
    }
    [Fact]
    public void A_text_channel_that_sends_files_gets_them_instead_of_their_links_and_is_told_of_those_it_cannot_send()
    {
        var letter = new CardFile("case-1", "a", "ket-qua.pdf", "application/pdf", 2048);
        var sheet = new CardFile("case-1", "b", "bang-tinh.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 4096);
        var card = new Card
        {
            Body =
            [
                new TextElement("Tệp kết quả", TextRole.Heading),
                new ButtonGroup([CardButton.Link("Tải ket-qua.pdf", new Uri("https://tthc.example/f/1"), letter), CardButton.Link("Tải bang-tinh.xlsx", new Uri("https://tthc.example/f/2"), sheet)]),
            ],
            Summary = "Kết quả",
        };

        var zalo = new PlainTextRenderer().Render(card, maxButtons: 5, delivers: f => f.ContentType == "application/pdf");
        Assert.Equal([letter], zalo.Files);
        Assert.Equal(["Tải bang-tinh.xlsx"], zalo.Links.Select(l => l.Title)); // the file it cannot send stays a link
        Assert.Contains("Tệp \"ket-qua.pdf\" (", zalo.Text);
        Assert.Contains("được gửi kèm ngay sau tin nhắn này.", zalo.Text);
        Assert.Contains("Tệp \"bang-tinh.xlsx\" (", zalo.Text);
        Assert.Contains("không gửi kèm được trên kênh này", zalo.Text);

        // A text channel that sends no files (the terminal): the links, as always, and nothing said about sending.
        var terminal = new PlainTextRenderer().Render(card);
        Assert.Empty(terminal.Files);
        Assert.Contains("https://tthc.example/f/1", terminal.Text);
        Assert.DoesNotContain("gửi kèm", terminal.Text);
    }
}
