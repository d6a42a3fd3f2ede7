using InternalTthc.Bot.Tests.Conversations.Transcripts;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// Bắc Ninh as its people meet it, through the real service, store, calendar and turn pipeline: each procedure filed with its
/// true deadline, a late termination shown late, a termination draft reminded before the 15 days end, and "vì sao hộp thư
/// của tôi bị khóa" answered from the catalog's system events.
/// </summary>
public sealed class BacNinhConversationTests
{
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static TheoryData<string, string, DateTimeOffset> Transcripts => new()
    {
        { nameof(BacNinhTranscripts.PasswordAtNight), "bn.daumoi", Local(4, 24, 22, 30) },
        { nameof(BacNinhTranscripts.NewMailboxes), "bn.daumoi", Local(4, 23, 10) },
        { nameof(BacNinhTranscripts.LateTermination), "bn.daumoi", Local(4, 23, 10) },
        { nameof(BacNinhTranscripts.WhyLocked), "bn.canbo", Local(4, 23, 10) },
    };

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task The_transcript_plays_as_written(string transcript, string login, DateTimeOffset at)
    {
        await using var host = await ServiceTestHost.StartAsync();
        host.Clock.Set(at);
        var chat = new ChatDriver(host.Services, login);
        var turns = (IReadOnlyList<Turn>)typeof(BacNinhTranscripts).GetProperty(transcript)!.GetValue(null)!;
        await TranscriptRunner.PlayAsync(chat, turns);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task On_a_text_channel_a_unit_row_asks_the_commune_only_for_a_commune_and_checks_the_address_by_the_kind_of_unit()
    {
        await using var host = await ServiceTestHost.StartAsync();
        host.Clock.Set(Local(4, 23, 10));
        var chat = new ChatDriver(host.Services, "bn.daumoi", "terminal");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp mới, thay đổi hộp thư công vụ");
        await chat.PressAsync("Cấp mới hộp thư điện tử công vụ");
        Assert.Contains("Hộp thư của cơ quan, đơn vị, tổ chức", chat.LastText);

        // A provincial agency: no commune asked; its address is its short name.
        await chat.PressAsync("Thêm dòng");
        await chat.SayAsync("Cơ quan, đơn vị, tổ chức cấp tỉnh");
        await chat.SayAsync("Sở Khoa học và Công nghệ");
        Assert.Contains("Địa chỉ đề nghị", chat.LastText);
        Assert.DoesNotContain("Tên xã, phường", chat.LastText);
        await chat.SayAsync("so.khcn@bacninh.gov.vn");
        Assert.Contains("Theo Điều 5 khoản 1 điểm a", chat.LastText);
        await chat.SayAsync("skhcn@bacninh.gov.vn");
        Assert.Contains("Sở Khoa học và Công nghệ", chat.LastText);

        // A commune People's Committee: its commune is asked, and the address must be built from it.
        await chat.PressAsync("Thêm dòng");
        await chat.SayAsync("Ủy ban nhân dân cấp xã");
        await chat.SayAsync("UBND phường Kinh Bắc");
        Assert.Contains("Tên xã, phường", chat.LastText);
        Assert.Contains("(chỉ ghi và bắt buộc ghi khi Loại đơn vị là", chat.LastText); // why it is asked now
        await chat.SayAsync("Kinh Bắc");
        await chat.SayAsync("ubnd.kinhbac@bacninh.gov.vn");
        Assert.Contains("Theo Điều 5 khoản 1 điểm b", chat.LastText);
        Assert.Contains("kinhbac@bacninh.gov.vn", chat.LastText);
        await chat.SayAsync("kinhbac@bacninh.gov.vn");
        Assert.Contains("UBND phường Kinh Bắc", chat.LastText);
        Assert.Contains("skhcn@bacninh.gov.vn", chat.LastText);
    }

    [Fact]
    public async Task An_unfinished_termination_is_reminded_before_the_fifteen_days_end_and_no_longer_once_sent()
    {
        await using var host = await ServiceTestHost.StartAsync();
        host.Clock.Set(Local(11, 3, 10));
        var chat = new ChatDriver(host.Services, "bn.daumoi");
        await TranscriptRunner.PlayAsync(chat,
        [
            Turn.Typed("chấm dứt hộp thư cho cán bộ nghỉ hưu", "Cá nhân nghỉ hưu"),
            new()
            {
                Press = "Tiếp tục",
                Inputs = new Dictionary<string, string> { ["decisionDate"] = "2026-11-02", ["mailboxes"] = "annv123@bacninh.gov.vn; Nguyễn Văn An", ["contactPhone"] = "0912345678" },
                Expect = ["Tệp văn bản đề nghị đã ký"],
            },
        ]);
        await chat.NoticesAsync(); // what the turns answered

        // 15 days after Mon 02/11 end with Tue 17/11: the reminders come 3 and 1 working days before, at 07:30.
        host.Clock.Set(Local(11, 12, 7, 30));
        await host.DispatchAsync();
        var reminder = Assert.Single(await chat.NoticesAsync());
        Assert.Contains("Đề nghị đang soạn dở sắp hết hạn gửi", ChatDriver.Text(reminder));
        Assert.Contains("Gửi văn bản đề nghị chấm dứt hoạt động hộp thư: hạn cuối 17:00 17/11/2026", ChatDriver.Text(reminder));

        await chat.PressOnAsync(reminder, "Tiếp tục điền");
        Assert.Contains("Tệp văn bản đề nghị đã ký", chat.LastText);
        await TranscriptRunner.PlayAsync(chat, [Turn.Typed("bỏ qua", "Kiểm tra trước khi gửi"), Turn.Pressed("Gửi hồ sơ", "Hồ sơ BNH-2026-00001")]);
        Assert.DoesNotContain("gửi muộn", chat.LastText, StringComparison.Ordinal);
        await chat.NoticesAsync();

        host.Clock.Set(Local(11, 16, 7, 30));
        await host.DispatchAsync();
        Assert.DoesNotContain(await chat.NoticesAsync(), a => ChatDriver.Text(a).Contains("soạn dở", StringComparison.Ordinal));
    }
}
