using System.Threading.Channels;
using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// A staff member in the terminal chat asks for a person; the agent in Teams (fake connector) takes it. The service cannot
/// write to a terminal later: it prints what the agent writes from the transcript, every few seconds of the service's clock.
/// </summary>
public sealed class HandoffTerminalTests
{
    private const string Agent = "29:cto-agent";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_terminal_user_and_a_Teams_agent_talk_until_the_agent_ends_and_the_bot_answers_again()
    {
        await using var service = await TeamsService.StartAsync();
        var teams = service.Teams;
        var chat = TeamsClient.PersonalChat(Agent);
        await teams.JoinAsync("cto.cntt", Agent);
        await teams.SayAsync(Agent, "cto.cntt", chat, "personal", "trực tuyến");
        var clock = service.Host.Clock;
        var input = new TypedLines();
        var output = new WatchedOutput();
        var running = new TerminalChat(service.Host.Services).RunAsync("cto.canbo", input, output, TestContext.Current.CancellationToken);
        await output.ShowsAsync("Xin chào Huỳnh Văn Phúc (demo)!");
        await ArmedAsync(clock);

        await input.TypeAsync("gặp cán bộ");
        await output.ShowsAsync("Bạn đang ở vị trí thứ 1 trong hàng chờ");
        await service.Host.DispatchAsync();
        var (offerId, take) = HandoffTeams.Button(HandoffTeams.To(service.Connector, chat), "Nhận hỗ trợ");
        await teams.PressAsync(Agent, "cto.cntt", offerId, take);
        clock.Advance(Poll);
        await output.ShowsAsync("Trương Thanh Tâm (demo) – Viên chức Trung tâm CNTT&TT đang trao đổi với bạn");

        // His words reach the agent in Teams; the agent's reach the terminal, with his name; the bot says nothing.
        await input.TypeAsync("Máy in của phòng không in được");
        Assert.Contains("Máy in của phòng không in được", ChatDriver.Text(HandoffTeams.To(service.Connector, chat).Last().Activity));
        await teams.SayAsync(Agent, "cto.cntt", chat, "personal", "Anh khởi động lại máy in giúp em");
        await ArmedAsync(clock);
        clock.Advance(Poll);
        await output.ShowsAsync("Trương Thanh Tâm (demo) – Viên chức Trung tâm CNTT&TT: Anh khởi động lại máy in giúp em");

        await ArmedAsync(clock);
        await teams.SayAsync(Agent, "cto.cntt", chat, "personal", "kết thúc");
        clock.Advance(Poll);
        await output.ShowsAsync("Cán bộ đã kết thúc cuộc trao đổi. Trợ lý tiếp tục hỗ trợ bạn.");
        await input.TypeAsync("menu");
        await output.ShowsAsync("Cấp mới hộp thư điện tử");
        input.Type("thoát");
        Assert.Equal(0, await running);
    }

    /// <summary>Waits until the terminal waits for its next look at the transcript, so that moving the clock wakes it.</summary>
    private static async Task ArmedAsync(Testing.FakeClock clock)
    {
        while (await clock.NextTimerAsync() != Poll)
        {
        }
    }

    /// <summary>Lines typed one at a time, as a person types them; the chat asks for the next once it answered the last.</summary>
    private sealed class TypedLines : TextReader
    {
        private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
        private readonly Channel<int> _asked = Channel.CreateUnbounded<int>();

        public void Type(string line) => _lines.Writer.TryWrite(line);

        /// <summary>Types a line and waits until the chat handled it (it asks for the next line).</summary>
        public async Task TypeAsync(string line)
        {
            await _asked.Reader.ReadAsync(TestContext.Current.CancellationToken);
            Type(line);
            await _asked.Reader.WaitToReadAsync(TestContext.Current.CancellationToken);
        }

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            _asked.Writer.TryWrite(0);
            return await _lines.Reader.ReadAsync(cancellationToken);
        }
    }

    /// <summary>What the terminal printed, awaited until a text shows.</summary>
    private sealed class WatchedOutput : StringWriter
    {
        private readonly Lock _gate = new();
        private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Write(char value) => Pulse(() => base.Write(value));

        public override void Write(string? value) => Pulse(() => base.Write(value));

        public override void Write(char[] buffer, int index, int count) => Pulse(() => base.Write(buffer, index, count));

        public async Task ShowsAsync(string text)
        {
            using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            // A guard against a hung test, not test timing: the text normally shows at once.
            guard.CancelAfter(TimeSpan.FromSeconds(60));
            while (true)
            {
                Task written;
                lock (_gate)
                {
                    if (ToString().Contains(text, StringComparison.Ordinal)) return;
                    written = _written.Task;
                }

                await written.WaitAsync(guard.Token);
            }
        }

        private void Pulse(Action write)
        {
            lock (_gate)
            {
                write();
                _written.TrySetResult();
                _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
