using InternalTthc.Core.Notifications;
using InternalTthc.Testing;
using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>Issue 14 item 3: the outbox's send rate is reached and never exceeded, per channel, on the fake clock.</summary>
public sealed class SendRateLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sender_faster_than_the_rate_gets_all_of_it_and_no_second_ever_holds_more()
    {
        var clock = new FakeClock();
        var limiter = Limiter(clock, new OutboxOptions { MessagesPerSecond = 40 });

        var sent = await SendAsync(clock, limiter, "msteams", 1_000);

        Assert.Equal(40, BusiestSecond(sent));
        // 1,000 sends at 40 a second: the first 40 at once, the last at 24 s (25 seconds' worth, none lost).
        Assert.Equal(TimeSpan.FromSeconds(24), sent[^1] - sent[0]);
    }

    [Fact]
    public async Task Senders_at_once_wait_their_turn_and_together_stay_within_the_rate()
    {
        var clock = new FakeClock();
        var limiter = Limiter(clock, new OutboxOptions { MessagesPerSecond = 5 });

        var sends = Enumerable.Range(0, 12).Select(async _ =>
        {
            // Each send ends as soon as it started.
            using var permit = await limiter.WaitAsync("msteams", Ct);
            return permit.TakenAt;
        }).ToList();
        Assert.Equal(5, sends.Count(s => s.IsCompletedSuccessfully));

        // The seven waiting each set a timer for the second their tokens come back; five of them get one, two wait again.
        await NextTimersAsync(clock, 7);
        clock.Advance(TimeSpan.FromSeconds(1));
        await NextTimersAsync(clock, 2);
        clock.Advance(TimeSpan.FromSeconds(1));

        var moments = (await Task.WhenAll(sends)).Order().ToList();
        Assert.True(BusiestSecond(moments) <= 5, string.Join(", ", moments.Select(m => m.ToString("ss.fff"))));
        Assert.Equal(TimeSpan.FromSeconds(2), moments[^1] - moments[0]);
    }

    [Fact]
    public async Task A_token_comes_back_a_second_after_its_send_ended_so_a_slow_arrival_never_crowds_the_next_second()
    {
        var clock = new FakeClock();
        var start = clock.GetUtcNow();
        var limiter = Limiter(clock, new OutboxOptions { MessagesPerSecond = 1 });

        var first = await limiter.WaitAsync("msteams", Ct);
        clock.Advance(TimeSpan.FromSeconds(3));
        var next = limiter.WaitAsync("msteams", Ct);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(next.IsCompleted);

        // The first send ends (the channel answered) at 4 s: the token is back at 5 s.
        first.Dispose();
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync());
        clock.Advance(TimeSpan.FromSeconds(1));

        using var second = await next;
        Assert.Equal(start + TimeSpan.FromSeconds(5), second.TakenAt);
    }

    [Fact]
    public async Task Each_channel_has_its_own_rate_and_the_configured_exception_applies()
    {
        var clock = new FakeClock();
        var options = new OutboxOptions { MessagesPerSecond = 10, ChannelMessagesPerSecond = new(StringComparer.OrdinalIgnoreCase) { ["zalo"] = 3 } };
        var limiter = Limiter(clock, options);

        var teams = await SendAsync(clock, limiter, "msteams", 100);
        var zalo = await SendAsync(clock, limiter, "zalo", 30);

        Assert.Equal(10, BusiestSecond(teams));
        Assert.Equal(3, BusiestSecond(zalo));
        Assert.Equal(TimeSpan.FromSeconds(9), zalo[^1] - zalo[0]);
    }

    [Theory]
    [InlineData(0, null, "Outbox:MessagesPerSecond is 0")]
    [InlineData(40, -1, "Outbox:ChannelMessagesPerSecond:msteams is -1")]
    [InlineData(40, 20_000, "Outbox:ChannelMessagesPerSecond:msteams is 20000")]
    public void A_rate_that_cannot_be_kept_is_named_for_the_administrator(int rate, int? teams, string expected)
    {
        var options = new OutboxOptions
        {
            MessagesPerSecond = rate,
            ChannelMessagesPerSecond = teams is { } t ? new() { ["msteams"] = t } : [],
        };

        Assert.StartsWith(expected, options.RateProblem());
        Assert.Null(new OutboxOptions().RateProblem());
    }

    private static async Task NextTimersAsync(FakeClock clock, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync());
        }
    }

    private static SendRateLimiter Limiter(FakeClock clock, OutboxOptions options) => new(Options.Create(options), clock);

    /// <summary>Sends one after another as the dispatcher does, moving the clock to each timer the limiter sets.</summary>
    private static async Task<List<DateTimeOffset>> SendAsync(FakeClock clock, SendRateLimiter limiter, string channel, int count)
    {
        var sent = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            var send = limiter.WaitAsync(channel, Ct);
            while (!send.IsCompleted)
            {
                if (clock.NoTimerScheduled)
                {
                    // The waiter is between its timer's firing and its next try, on another thread.
                    await Task.Yield();
                    continue;
                }

                clock.Advance(await clock.NextTimerAsync());
            }

            using var permit = await send;
            sent.Add(permit.TakenAt);
        }

        return sent;
    }

    /// <summary>The most sends in any one second (half-open, from each send on).</summary>
    private static int BusiestSecond(IReadOnlyList<DateTimeOffset> sent) =>
        sent.Select((at, i) => sent.Skip(i).Count(s => s < at + TimeSpan.FromSeconds(1))).Max();
}
