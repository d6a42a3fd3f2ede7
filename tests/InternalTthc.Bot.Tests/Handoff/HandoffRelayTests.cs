using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// A staff member in Web Chat (our Direct Line) asks for a person; the agent in Teams (fake connector) is offered the
/// request, takes it, and they talk through the real turn pipeline both ways — text, cards and files — until one ends it.
/// </summary>
public sealed class HandoffRelayTests
{
    private const string Agent = "29:cto-agent";
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n% biên bản sự cố\n"u8, .. Enumerable.Range(0, 300).Select(i => (byte)i)];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Web_Chat_user_and_a_Teams_agent_talk_through_the_relay_with_names_and_files_until_the_agent_ends()
    {
        await using var drive = await FakeFileHost.StartAsync();
        await using var service = await TeamsService.StartAsync(new Dictionary<string, string?> { ["Files:TeamsFileHosts:0"] = drive.Origin });
        var teams = service.Teams;
        var chat = TeamsClient.PersonalChat(Agent);
        await teams.JoinAsync("cto.cntt", Agent);
        await teams.SayAsync(Agent, "cto.cntt", chat, "personal", "trực tuyến");
        Assert.Contains("Bạn đang trực tuyến", HandoffTeams.Words(HandoffTeams.To(service.Connector, chat)));

        var user = new ChatDriver(service.Host.Services, "cto.canbo");
        await user.SayAsync("xin chào");
        await user.SayAsync("tôi muốn gặp cán bộ");
        Assert.Contains("Bạn đang ở vị trí thứ 1 trong hàng chờ", user.LastText);

        await service.Host.DispatchAsync();
        var offer = HandoffTeams.To(service.Connector, chat);
        Assert.Contains("Yêu cầu gặp cán bộ", HandoffTeams.Words(offer));
        Assert.Contains("Huỳnh Văn Phúc (demo)", HandoffTeams.Words(offer));
        var (offerId, take) = HandoffTeams.Button(offer, "Nhận hỗ trợ");
        await teams.PressAsync(Agent, "cto.cntt", offerId, take);
        Assert.Contains("Bạn đang trao đổi với", HandoffTeams.Words(HandoffTeams.To(service.Connector, chat).TakeLast(1)));
        var takenNotices = await user.NoticesAsync();
        var taken = string.Join("\n", takenNotices.Select(ChatDriver.Text));
        Assert.Contains("đang trao đổi với bạn", taken);
        Assert.Equal("accepted", HandoffStatus(takenNotices)); // the Bot Framework's hand-off event, for clients that follow it
        Assert.Contains("Trương Thanh Tâm (demo)", taken);

        // The user's words and file reach the agent with the user's name; the bot says nothing.
        var sentBefore = user.Sent.Count;
        var upload = await user.UploadAsync("anh-man-hinh.pdf", "application/pdf", Pdf);
        await user.SayAsync("Máy tôi không vào được hộp thư từ sáng", [upload]);
        Assert.Equal(sentBefore, user.Sent.Count);
        var relayed = HandoffTeams.To(service.Connector, chat).Last();
        Assert.Contains("Máy tôi không vào được hộp thư từ sáng", ChatDriver.Text(relayed.Activity));
        Assert.Contains("Tải anh-man-hinh.pdf", ChatDriver.Text(relayed.Activity));

        // The agent's words and a Teams file reach the user with the agent's name.
        await teams.SendFileAsync(Agent, "cto.cntt", "Anh thử đặt lại mật khẩu theo hướng dẫn đính kèm", "huong-dan.pdf", drive.Put("huong-dan.pdf", Pdf));
        var back = string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text));
        Assert.Contains("Trương Thanh Tâm (demo)", back);
        Assert.Contains("Anh thử đặt lại mật khẩu theo hướng dẫn đính kèm", back);
        Assert.Contains("Tải huong-dan.pdf", back);

        await teams.SayAsync(Agent, "cto.cntt", chat, "personal", "kết thúc");
        var endedNotices = await user.NoticesAsync();
        Assert.Contains("Cán bộ đã kết thúc cuộc trao đổi", string.Join("\n", endedNotices.Select(ChatDriver.Text)));
        Assert.Equal("completed", HandoffStatus(endedNotices));
        await user.SayAsync("menu");
        Assert.Contains("Cấp mới hộp thư điện tử", user.LastText); // the bot answers again
    }

    private static string? HandoffStatus(IReadOnlyList<Activity> notices) =>
        Assert.Single(notices, a => a.Type == ActivityTypes.Event && a.Name == "handoff.status").Value?.GetProperty("state").GetString();
}
