using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>Typed requests in chat: procedures with and without diacritics, questions about them, choices, commands, incidents, unknown text.</summary>
public sealed class UnderstandingConversationTests
{
    [Theory]
    [InlineData("cấp lại mật khẩu email")]
    [InlineData("cap lai mk email")]
    [InlineData("QUÊN PASS HỘP THƯ")]
    public async Task A_request_in_words_opens_its_form(string words)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync(words);
        Assert.Contains("Cấp lại mật khẩu hộp thư", chat.LastText);
        Assert.Contains("Tiếp tục", chat.LastText);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task Questions_about_a_procedure_are_answered_from_the_catalog()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync("cấp mới hộp thư điện tử cần giấy tờ gì");
        Assert.Contains("Thành phần hồ sơ", chat.LastText);
        Assert.Contains("Văn bản đề nghị cấp mới hộp thư điện tử", chat.LastText);
        Assert.Contains("Bắt đầu thủ tục này", chat.LastText);

        await chat.SayAsync("cap lai mat khau email mat bao lau");
        Assert.Contains("02 ngày làm việc sau khi đã đầy đủ thông tin theo yêu cầu", chat.LastText);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task Close_procedures_are_offered_as_choices_but_only_those_the_unit_may_file()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var canTho = new ChatDriver(host.Services, "cto.daumoi");
        await canTho.SayAsync("email");
        Assert.Contains("Ý bạn là …?", canTho.LastText);
        Assert.Contains("Cấp mới hộp thư điện tử", canTho.LastText);
        Assert.Contains("Cấp lại mật khẩu hộp thư", canTho.LastText);

        var department = new ChatDriver(host.Services, "hyn.daumoi");
        await department.SayAsync("dti");
        Assert.Contains("Đánh giá chuyển đổi số (DTI) cấp tỉnh", department.LastText);
        Assert.Contains("Tự đánh giá trên phần mềm chấm điểm DTI", department.LastText);
        Assert.DoesNotContain("Bạn muốn làm thủ tục nào?", department.LastText);
        await CardSchema.AssertValidAsync([.. canTho.Cards, .. department.Cards]);
    }

    [Fact]
    public async Task Unknown_text_gets_one_card_with_the_nearest_procedures_and_the_way_to_a_person()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "lcu.daumoi");
        await chat.SayAsync("thời tiết hôm nay thế nào");
        var answer = Assert.Single(chat.Sent);
        Assert.Contains("Xin lỗi, tôi chưa hiểu ý bạn.", ChatDriver.Text(answer));
        Assert.Contains("Gặp cán bộ", ChatDriver.Text(answer));
        Assert.DoesNotContain("Xin chào Nguyễn Thị Hoa (demo)!", ChatDriver.Text(answer));

        await chat.PressAsync("Gặp cán bộ");
        Assert.Contains("cán bộ", chat.LastText);
        await chat.SayAsync("hủy");
        Assert.Contains("Không có biểu mẫu nào đang điền dở.", chat.LastText);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task An_incident_told_in_plain_words_is_understood_classified_and_filed_urgent()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "tth.canbo");
        await chat.SayAsync("máy tính phòng kế toán bị nhiễm mã độc từ sáng nay, các máy khác cũng bị lây");
        var answers = string.Join("\n", chat.Sent.Select(ChatDriver.Text));
        Assert.Contains("Tôi ghi nhận sự cố: Mã độc; mức độ nghiêm trọng", answers);
        Assert.Contains("Báo cáo sự cố an toàn thông tin", chat.LastText);
        Assert.Contains("máy tính phòng kế toán bị nhiễm mã độc", chat.LastText); // pre-filled

        await chat.PressAsync("Tiếp tục", new Dictionary<string, string> { ["contactPhone"] = "0915000002" });
        await chat.SkipOptionalQuestionsAsync();
        Assert.True(chat.LastText.Contains("Kiểm tra trước khi gửi", StringComparison.Ordinal), string.Join("\n---\n", chat.Sent.Select(ChatDriver.Text)));
        await chat.PressAsync("Gửi hồ sơ");
        Assert.Contains("Hồ sơ TTH-2026-00001", chat.LastText);

        await using var scope = host.Services.CreateAsyncScope();
        var filed = await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Cases.SingleAsync(TestContext.Current.CancellationToken);
        Assert.True(filed.Urgent);
        Assert.Equal(CaseStatus.Submitted, filed.Status);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task Typed_commands_list_and_look_up_cases()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "lcu.daumoi");
        await chat.SayAsync("ho so cua toi");
        Assert.Contains("Không có hồ sơ nào đang xử lý.", chat.LastText);
        await chat.SayAsync("tra cứu LCU-2026-00077");
        Assert.Contains("Không tìm thấy hồ sơ.", chat.LastText);
        await chat.SayAsync("tra cuu");
        Assert.Contains("tra cứu LCU-2026-00042", chat.LastText);
        await CardSchema.AssertValidAsync(chat.Cards);
    }
}
