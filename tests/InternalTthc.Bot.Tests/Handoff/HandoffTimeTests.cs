using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>The hand-off's clock, a fake one: office hours, no agent in time, an agent silent too long, a critical incident at night.</summary>
public sealed class HandoffTimeTests
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    private static readonly DateTimeOffset Morning = FakeClock.DefaultStart;

    [Fact]
    public async Task Outside_office_hours_the_user_is_told_when_agents_are_back_and_offered_to_leave_a_case()
    {
        await using var run = await Run.StartAsync(Morning.AddHours(11)); // 20:00
        var user = await run.UserAsync("cto.canbo");

        await user.SayAsync("gặp cán bộ");

        Assert.Contains("Ngoài giờ làm việc", user.LastText);
        Assert.Contains("Cán bộ sẽ làm việc trở lại lúc 07:30 03/03/2026", user.LastText);
        Assert.Contains("Để lại hồ sơ", user.LastText);
        await user.SayAsync("xin chào");
        Assert.DoesNotContain("hàng chờ", user.LastText); // nothing was queued
    }

    [Fact]
    public async Task A_critical_incident_at_night_goes_to_the_on_call_person_who_is_not_online()
    {
        await using var run = await Run.StartAsync(Morning.AddHours(13)); // 22:00
        var onCall = await run.UserAsync("tth.cntt");
        var user = await run.UserAsync("tth.canbo");

        await user.SayAsync("toàn bộ máy chủ của sở bị mã độc tống tiền mã hóa dữ liệu, không ai làm việc được");
        var told = string.Join("\n", user.Sent.Select(ChatDriver.Text));
        Assert.Contains("Sự cố đã được báo ngay cho cán bộ trực", told);
        await run.Host.DispatchAsync();

        var offered = string.Join("\n", (await onCall.NoticesAsync()).Select(ChatDriver.Text));
        Assert.Contains("Sự cố nghiêm trọng: cần cán bộ hỗ trợ ngay", offered);
        Assert.Contains("Nhận hỗ trợ", offered);
    }

    [Fact]
    public async Task With_no_agent_in_time_and_with_an_agent_silent_too_long_the_bot_takes_the_conversation_back()
    {
        await using var run = await Run.StartAsync(Morning);
        var agent = await run.UserAsync("cto.cntt");
        await agent.SayAsync("trực tuyến");
        var user = await run.UserAsync("cto.canbo");

        await user.SayAsync("gặp cán bộ");
        run.Host.Clock.Advance(TimeSpan.FromMinutes(9));
        await run.Host.DispatchAsync();
        Assert.DoesNotContain("chưa có cán bộ nào nhận", string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text)));
        run.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await run.Host.DispatchAsync();
        var gaveUp = string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text));
        Assert.Contains("chưa có cán bộ nào nhận yêu cầu của bạn", gaveUp);
        Assert.Contains("Để lại hồ sơ", gaveUp);

        await user.SayAsync("gặp cán bộ");
        await run.Host.DispatchAsync();
        var offer = await agent.NoticesAsync();
        await agent.SubmitAsync(HandoffTeams.Button([.. offer.Select(a => ("POST", a.Id, a))], "Nhận hỗ trợ").Data);
        run.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await agent.SayAsync("Anh chờ em kiểm tra một chút");
        run.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await run.Host.DispatchAsync();
        Assert.Contains("Anh chờ em kiểm tra một chút", string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text))); // 20 min, spoke at 10: still his
        run.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await run.Host.DispatchAsync();
        Assert.Contains("Cán bộ chưa trả lời trong thời gian dài", string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text)));
        Assert.Contains("đã trả về trợ lý", string.Join("\n", (await agent.NoticesAsync()).Select(ChatDriver.Text)));
        await user.SayAsync("menu");
        Assert.Contains("Cấp mới hộp thư điện tử", user.LastText);
    }

    /// <summary>The service at a moment of the fake clock, people chatting on our Direct Line.</summary>
    private sealed class Run : IAsyncDisposable
    {
        private readonly string _folder;

        private Run(string folder, ServiceTestHost host) => (_folder, Host) = (folder, host);

        public ServiceTestHost Host { get; }

        public static async Task<Run> StartAsync(DateTimeOffset at)
        {
            var folder = ServiceTestHost.NewFolder();
            return new Run(folder, await ServiceTestHost.StartAsync(folder, clock: new FakeClock(at)));
        }

        /// <summary>Someone who opened Web Chat and said hello (so the bot can write to him later).</summary>
        public async Task<ChatDriver> UserAsync(string login)
        {
            var driver = new ChatDriver(Host.Services, login);
            await driver.SayAsync("xin chào");
            await driver.NoticesAsync();
            return driver;
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            ServiceTestHost.DeleteFolder(_folder);
        }
    }
}
