using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Cards.Handoff;
using InternalTthc.Core.Handoff;
using Microsoft.Extensions.DependencyInjection;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleCaseTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// One request, two agents at the same moment on two channels: one presses "Nhận hỗ trợ" on his Teams offer, the other
/// takes it in the console (what its hub method calls). Exactly one has it, and the other is told who does.
/// </summary>
public sealed class HandoffRaceTests
{
    private const string TeamsAgent = "29:lcu-agent";
    private const int Rounds = 6;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Teams_agent_and_a_console_agent_taking_one_request_at_once_exactly_one_wins_and_the_other_is_told_who()
    {
        await using var service = await TeamsService.StartAsync();
        var teams = service.Teams;
        var chat = TeamsClient.PersonalChat(TeamsAgent);
        await teams.JoinAsync("lcu.cntt", TeamsAgent);
        await teams.SayAsync(TeamsAgent, "lcu.cntt", chat, "personal", "trực tuyến");
        var consoleAgent = await PersonAsync(service.Host, "lcu.cntt2");
        var teamsAgent = await PersonAsync(service.Host, "lcu.cntt");

        // A focal point filling in a mailbox form of the IT centre asks for a person: the centre's agents get it.
        var user = new ChatDriver(service.Host.Services, "lcu.daumoi");
        await user.SayAsync("xin chào");
        await user.PressAsync("Cấp mới, thay đổi tài khoản thư công vụ");
        for (var round = 0; round < Rounds; round++)
        {
            await user.SayAsync("tôi muốn gặp cán bộ");
            await service.Host.DispatchAsync();
            var (offerId, take) = HandoffTeams.Button(HandoffTeams.To(service.Connector, chat), "Nhận hỗ trợ");
            var id = Guid.ParseExact(take[HandoffActions.IdKey]!.GetValue<string>(), "N");
            var before = HandoffTeams.To(service.Connector, chat).Count;

            using var start = new ManualResetEventSlim();
            var pressed = Task.Run(async () =>
            {
                start.Wait(Ct);
                await teams.PressAsync(TeamsAgent, "lcu.cntt", offerId, take);
            }, Ct);
            var taken = Task.Run(async () =>
            {
                await using var scope = service.Host.Services.CreateAsyncScope();
                var console = scope.ServiceProvider.GetRequiredService<ConsoleActions>();
                start.Wait(Ct);
                return await console.TakeAsync(consoleAgent, id, Ct);
            }, Ct);
            start.Set();
            await Task.WhenAll(pressed, taken);

            var h = await HandoffAsync(service.Host, id);
            Assert.Equal(HandoffStatus.Active, h.Status);
            var toTeams = HandoffTeams.Words(HandoffTeams.To(service.Connector, chat).Skip(before));
            if (h.AgentId == teamsAgent.Person.Id)
            {
                Assert.Contains("Bạn đang trao đổi với Nguyễn Thị Hoa (demo)", toTeams);
                Assert.Equal("Lò Văn Thắng (demo) đã nhận yêu cầu này trước bạn.", await taken);
            }
            else
            {
                Assert.Equal(consoleAgent.Person.Id, h.AgentId);
                Assert.Equal("Bạn đã nhận hỗ trợ Nguyễn Thị Hoa (demo).", await taken);
                Assert.Contains("Vàng Thị Mai (demo) đã nhận yêu cầu này trước bạn.", toTeams);
                Assert.DoesNotContain("Bạn đang trao đổi với", toTeams);
            }

            // The requester heard of one agent only.
            var told = string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(told, "đang trao đổi với bạn"));
            await user.SayAsync("kết thúc");
        }
    }
}
