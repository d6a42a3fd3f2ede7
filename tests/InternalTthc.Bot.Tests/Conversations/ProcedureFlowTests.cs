using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>Procedures with rules of their own: questions to an agency (Lai Châu, Điều 24) and the DTI dates of a jurisdiction.</summary>
public sealed class ProcedureFlowTests
{
    [Fact]
    public async Task A_question_without_diacritics_or_with_abbreviations_is_refused_with_the_reason_then_sent_to_the_chosen_agency()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "lcu.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Gửi câu hỏi (hỏi - đáp)");
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["addressedAgency"] = "lcu-vp-ubnd", ["question"] = "cho em hoi cach cap tk tren he thong dc ko",
        });
        Assert.Contains("dấu", chat.LastText);
        Assert.Contains("viết tắt", chat.LastText);

        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["addressedAgency"] = "lcu-vp-ubnd",
            ["question"] = "Xin hỏi thủ tục cấp tài khoản cho cán bộ mới trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh cần những giấy tờ gì?",
        });
        await chat.SkipOptionalQuestionsAsync();
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        await chat.PressAsync("Gửi câu hỏi");
        Assert.Contains("LCU-2026-00001", chat.LastText);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var filed = await db.Cases.SingleAsync(TestContext.Current.CancellationToken);
        var agency = await db.Units.SingleAsync(u => u.Code == "lcu-vp-ubnd", TestContext.Current.CancellationToken);
        Assert.Equal(agency.Id, filed.ExecutingUnitId);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task The_DTI_form_states_the_legal_dates_of_the_jurisdiction_for_this_year()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var province = new ChatDriver(host.Services, "hyn.daumoi");
        await province.SayAsync("xin chào");
        await province.PressAsync("Đánh giá chuyển đổi số (DTI) cấp tỉnh");
        Assert.Contains("Tự đánh giá trên phần mềm chấm điểm DTI: hạn cuối Thứ Hai 09/11/2026", province.LastText);
        Assert.Contains("Hạn giải quyết: Thứ Ba 24/11/2026", province.LastText);

        var hue = new ChatDriver(host.Services, "tth.daumoi");
        await hue.SayAsync("xin chào");
        await hue.PressAsync("Xếp loại chuyển đổi số (DTI)");
        Assert.Contains("Hạn giải quyết: Thứ Năm 31/12/2026", hue.LastText);
        await CardSchema.AssertValidAsync([.. province.Cards, .. hue.Cards]);
    }
}
