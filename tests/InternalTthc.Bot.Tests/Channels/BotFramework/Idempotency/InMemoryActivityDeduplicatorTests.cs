using InternalTthc.Testing;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Idempotency;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Idempotency;

public sealed class InMemoryActivityDeduplicatorTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeClock _clock = new();

    private InMemoryActivityDeduplicator Create(int capacity = 100) => new(
        Options.Create(new BotFrameworkOptions { DeduplicationWindow = TimeSpan.FromMinutes(10), DeduplicationCapacity = capacity }),
        _clock);

    [Fact]
    public async Task Same_activity_on_the_same_channel_is_taken_once()
    {
        var deduplicator = Create();

        Assert.True(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
        Assert.False(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
        Assert.True(await deduplicator.TryBeginAsync("webchat", "a1", null, None));
        Assert.True(await deduplicator.TryBeginAsync("msteams", "a2", null, None));
    }

    [Fact]
    public async Task An_activity_is_forgotten_after_the_window()
    {
        var deduplicator = Create();
        await deduplicator.TryBeginAsync("msteams", "a1", null, None);

        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await deduplicator.TryBeginAsync("msteams", "a1", null, None));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
    }

    [Fact]
    public async Task A_released_activity_can_be_processed_again()
    {
        var deduplicator = Create();
        await deduplicator.TryBeginAsync("msteams", "a1", null, None);

        await deduplicator.ReleaseAsync("msteams", "a1", None);

        Assert.True(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
        Assert.False(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
    }

    [Fact]
    public async Task Memory_is_bounded_by_forgetting_the_oldest()
    {
        var deduplicator = Create(capacity: 2);
        await deduplicator.TryBeginAsync("msteams", "a1", null, None);
        await deduplicator.TryBeginAsync("msteams", "a2", null, None);

        await deduplicator.TryBeginAsync("msteams", "a3", null, None);

        Assert.False(await deduplicator.TryBeginAsync("msteams", "a3", null, None));
        Assert.True(await deduplicator.TryBeginAsync("msteams", "a1", null, None));
    }
}
