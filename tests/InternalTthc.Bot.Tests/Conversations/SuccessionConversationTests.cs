using InternalTthc.Bot.Tests.Conversations.Transcripts;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// The 2025 reorganisation as people see it, before and after its dates: the province's name in the greeting, the agencies
/// that carry a procedure out on its facts, and on the case card — with "trước đây: ..." where the name changed.
/// </summary>
public sealed class SuccessionConversationTests
{
    [Fact]
    public async Task After_the_reorganisation_Hue_and_the_merged_department_are_named_with_their_former_names()
    {
        await using var host = await ServiceTestHost.StartAsync(); // 02/03/2026
        var chat = new ChatDriver(host.Services, "tth.daumoi");
        await TranscriptRunner.PlayAsync(chat,
        [
            Turn.Typed("xin chào", "Thành phố Huế (trước đây: Tỉnh Thừa Thiên Huế)"),
            Turn.Typed("cấp hộp thư thì ai giải quyết",
                "Cơ quan thực hiện thủ tục hành chính", "Sở Thông tin và Truyền thông", // the published line, verbatim
                "Cơ quan thực hiện hiện nay", "Cơ quan quyết định hiện nay", "Sở Khoa học và Công nghệ (trước đây: Sở Thông tin và Truyền thông)"),
        ]);
    }

    [Fact]
    public async Task Before_the_reorganisation_everything_reads_as_published()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, clock: new FakeClock(new DateTimeOffset(2024, 12, 2, 9, 0, 0, TimeSpan.FromHours(7))));
            var chat = new ChatDriver(host.Services, "tth.daumoi");
            await TranscriptRunner.PlayAsync(chat,
            [
                new Turn { Say = "xin chào", Expect = ["Tỉnh Thừa Thiên Huế"], Never = ["Thành phố Huế", "trước đây"] },
                new Turn { Say = "cấp hộp thư thì ai giải quyết", Expect = ["Sở Thông tin và Truyền thông"], Never = ["hiện nay", "Sở Khoa học và Công nghệ"] },
            ]);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }
}
