using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>Filing procedures in chat, through the real turn pipeline, store and calendar; every card checked against the schema.</summary>
public sealed class FormConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_focal_point_files_a_new_mailbox_with_the_annex_fixing_invalid_values_and_cannot_file_it_twice()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");

        await chat.SayAsync("xin chào");
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", chat.LastText);
        await chat.PressAsync("Cấp mới hộp thư điện tử");
        Assert.Contains("Thời hạn giải quyết: 02 ngày làm việc", chat.LastText);
        Assert.Contains("Họ tên người dùng", chat.LastText);

        var person = "Nguyễn Văn Bình; Sở Tài chính; Phòng Kế hoạch; Chuyên viên; 0791; 0912345678; ";
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string> { ["individuals"] = person, ["officialLetterNumber"] = "", ["officialLetterDate"] = "2026-04-23" });
        Assert.Contains("Có 2 mục cần sửa", chat.LastText);
        Assert.Contains("Dòng 1: Số CCCD phải có 12 chữ số.", chat.LastText);
        Assert.Contains("Vui lòng nhập \"Số công văn đề nghị\".", chat.LastText);
        Assert.Contains(person, chat.LastText);

        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["individuals"] = "Nguyễn Văn Bình; Sở Tài chính; Phòng Kế hoạch; Chuyên viên; 079123456789; 0912 345 678; ",
            ["officialLetterNumber"] = "15/STC-VP", ["officialLetterDate"] = "2026-04-23",
        });
        Assert.Contains("Hãy gửi tệp", chat.LastText);
        await chat.SayAsync("", [new Attachment { ContentType = "application/pdf", ContentUrl = "https://example.com/cong-van.pdf", Name = "la.pdf" }]);
        Assert.Contains("Hãy gửi tệp", chat.LastText); // a link from elsewhere is not a file handed in
        await chat.SayAsync("", [await chat.UploadAsync("cong-van-15.pdf", "application/pdf", "%PDF-1.4 công văn"u8.ToArray())]);
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        Assert.Contains("15/STC-VP", chat.LastText);
        Assert.Contains("1 dòng (xem danh sách dưới đây)", chat.LastText);
        Assert.Contains("Dòng 1\nHọ tên người dùng\nNguyễn Văn Bình", chat.LastText);
        Assert.Contains("cong-van-15.pdf", chat.LastText);

        var confirm = chat.Data("Gửi hồ sơ");
        await chat.PressAsync("Gửi hồ sơ");
        Assert.Contains("Hồ sơ CTO-2026-00001", chat.LastText);
        Assert.Contains("Đã gửi hồ sơ thành công. Mã hồ sơ: CTO-2026-00001", chat.LastText);
        Assert.Contains("Đã gửi, chờ tiếp nhận", chat.LastText);
        Assert.DoesNotContain(chat.Sent, a => ChatDriver.Text(a).Contains("Gửi hồ sơ", StringComparison.Ordinal)); // the summary was replaced

        await chat.SubmitAsync(confirm);
        Assert.Contains("đã được gửi, mã hồ sơ CTO-2026-00001", chat.LastText);
        var filed = await CasesAsync(host);
        var only = Assert.Single(filed);
        Assert.Equal("079123456789", only.Answers.Values["individuals"][0].GetProperty("citizenId").GetString());
        Assert.Equal("0912345678", only.Answers.Values["individuals"][0].GetProperty("phone").GetString());
        Assert.Equal("cong-van-15.pdf", Assert.Single(only.Attachments).FileName);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task A_sub_case_is_chosen_first_and_its_fields_only_are_asked_then_cancel_sends_nothing()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "tth.daumoi");

        await chat.SayAsync("chào");
        await chat.PressAsync("Cấp mới, thay đổi, thu hồi hộp thư");
        Assert.Contains("Trường hợp của bạn là trường hợp nào?", chat.LastText);
        await chat.PressAsync("Thay đổi đối với trường hợp cơ quan, đơn vị công tác có quyết định thay đổi tên gọi");
        Assert.Contains("Cấp mới, thay đổi, thu hồi hộp thư: Thay đổi đối với trường hợp", chat.LastText);
        var renamedForm = chat.LastText;
        Assert.DoesNotContain("newUsers", chat.LastCard.GetRawText());
        Assert.Contains("renameDecisionNumber", chat.LastCard.GetRawText());
        Assert.NotEmpty(renamedForm);

        await chat.PressAsync("Hủy");
        Assert.Contains("Đã hủy. Biểu mẫu chưa được gửi đi.", chat.LastText);
        Assert.Empty(await CasesAsync(host));
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task A_crafted_button_for_another_provinces_procedure_or_a_stale_form_is_refused()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");

        await chat.SubmitAsync(new JsonObject { ["action"] = "startProcedure", ["procedure"] = "lcu-mailbox-grant" });
        Assert.Contains("Thủ tục này không dành cho đơn vị của bạn.", chat.LastText);
        await chat.SubmitAsync(new JsonObject { ["action"] = "confirmForm", ["session"] = Guid.NewGuid().ToString("N") });
        Assert.Contains("Biểu mẫu này không còn hiệu lực", chat.LastText);
        Assert.Empty(await CasesAsync(host));
    }

    [Fact]
    public async Task An_unfinished_form_is_offered_again_after_a_restart()
    {
        var folder = ServiceTestHost.NewFolder();
        await using (var first = await ServiceTestHost.StartAsync(folder))
        {
            var chat = new ChatDriver(first.Services, "hyn.daumoi");
            await chat.SayAsync("xin chao");
            await chat.PressAsync("Khôi phục hộp thư bị khóa");
        }

        var second = await ServiceTestHost.StartAsync(folder);
        try
        {
            var again = new ChatDriver(second.Services, "hyn.daumoi");
            await again.SayAsync("xin chào");
            Assert.Contains(again.Sent, a => ChatDriver.Text(a).Contains("Bạn đang điền dở thủ tục \"Khôi phục hộp thư bị khóa\"", StringComparison.Ordinal));
            await again.PressAsync("Tiếp tục điền");
            Assert.Contains("Khôi phục hộp thư bị khóa", again.LastText);
            Assert.Contains("mailboxAddress", again.LastCard.GetRawText());
            await CardSchema.AssertValidAsync(again.Cards);
        }
        finally
        {
            await second.DisposeAsync();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task On_a_text_channel_a_staff_password_reset_asks_one_question_at_a_time_goes_back_and_waits_for_the_focal_point()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.canbo", "terminal");

        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp lại mật khẩu hộp thư");
        Assert.Contains("(1) Tên cơ quan nhà nước/đơn vị đề nghị cấp lại mật khẩu", chat.LastText);
        await chat.SayAsync("bỏ qua");
        await chat.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc@cantho");
        Assert.Contains("Dòng 1: Địa chỉ thư điện tử \"phuc@cantho\" không hợp lệ", chat.LastText);
        await chat.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc.hv@cantho.gov.vn");
        Assert.Contains("Số công văn", chat.LastText);
        await chat.SayAsync("quay lại");
        Assert.Contains("Họ tên người dùng", chat.LastText);
        await chat.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc.hv@cantho.gov.vn; quên mật khẩu");
        await chat.SayAsync("bỏ qua");
        await chat.SayAsync("bo qua");
        await chat.SayAsync("bỏ qua");
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        await chat.SayAsync("1");
        Assert.Contains("chuyển cho cán bộ đầu mối của đơn vị xác nhận", chat.LastText);
        Assert.Equal(CaseStatus.AwaitingConfirmation, Assert.Single(await CasesAsync(host)).Status);
    }

    [Fact]
    public async Task On_a_text_channel_a_required_question_cannot_be_skipped_and_says_so()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "hyn.canbo", "terminal");
        await chat.SayAsync("khoi phuc hop thu bi khoa");
        Assert.Contains("Địa chỉ hộp thư điện tử công vụ bị tạm khóa (bắt buộc)", chat.LastText);

        await chat.SayAsync("bo qua");
        Assert.Contains("“Địa chỉ hộp thư điện tử công vụ bị tạm khóa” là thông tin bắt buộc, không thể bỏ qua", chat.LastText);
        Assert.Contains("Địa chỉ hộp thư điện tử công vụ bị tạm khóa (bắt buộc)", chat.LastText); // asked again
    }

    [Fact]
    public async Task One_answer_is_changed_from_the_summary_without_asking_the_others_again()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "hyn.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Khôi phục hộp thư bị khóa");
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["mailboxAddress"] = "lan.vt@hungyen.gov.vn", ["mailboxOwner"] = "Vũ Thị Lan", ["lockedSince"] = "2026-04-20",
            ["lockCause"] = "wrong-password", ["contactPhone"] = "0914000001",
        });
        await chat.SkipOptionalQuestionsAsync();
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);

        await chat.PressAsync("Sửa một mục");
        await chat.PressAsync("Số điện thoại liên hệ");
        Assert.Contains("contactPhone", chat.LastCard.GetRawText());
        Assert.DoesNotContain("mailboxAddress", chat.LastCard.GetRawText());
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string> { ["contactPhone"] = "0914 000 009" });
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        Assert.Contains("0914 000 009", chat.LastText);
        Assert.Contains("lan.vt@hungyen.gov.vn", chat.LastText);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    private static async Task<List<Case>> CasesAsync(ServiceTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Cases.Include(c => c.Timeline).ToListAsync(Ct);
    }
}
