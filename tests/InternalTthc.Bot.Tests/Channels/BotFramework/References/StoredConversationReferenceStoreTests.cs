using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.References;

/// <summary>A reference the instance wrote already is not written again for every activity; a change always is.</summary>
public sealed class StoredConversationReferenceStoreTests
{
    private readonly FakeClock _clock = new();
    private readonly CountingReferences _stored = new();
    private readonly StoredConversationReferenceStore _store;

    public StoredConversationReferenceStoreTests()
    {
        var services = new ServiceCollection().AddScoped<IConversationReferences>(_ => _stored).BuildServiceProvider();
        _store = new StoredConversationReferenceStore(services.GetRequiredService<IServiceScopeFactory>(), _clock);
    }

    [Fact]
    public async Task The_same_reference_is_written_once_whatever_the_activity_id()
    {
        await _store.SaveAsync(Reference("a1"), TestContext.Current.CancellationToken);
        await _store.SaveAsync(Reference("a2"), TestContext.Current.CancellationToken);
        await _store.SaveAsync(Reference("a3"), TestContext.Current.CancellationToken);

        var written = Assert.Single(_stored.Saves);
        Assert.Contains("\"a1\"", written.Payload);
    }

    [Fact]
    public async Task A_changed_reference_another_conversation_or_an_old_write_is_written_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await _store.SaveAsync(Reference("a1"), ct);
        await _store.SaveAsync(Reference("a2", serviceUrl: "https://smba.trafficmanager.net/apac/"), ct);
        await _store.SaveAsync(Reference("a3", conversation: "a:other"), ct);
        await _store.SaveAsync(Reference("a4"), ct);
        _clock.Advance(StoredConversationReferenceStore.RewriteAfter);
        await _store.SaveAsync(Reference("a5"), ct);

        Assert.Equal(["a:1on1", "a:1on1", "a:other", "a:1on1", "a:1on1"], _stored.Saves.Select(s => s.ConversationId));
        Assert.Equal(_clock.GetUtcNow(), _stored.Saves[^1].UpdatedAt);
    }

    [Fact]
    public async Task A_write_that_failed_is_tried_again_with_the_next_activity()
    {
        _stored.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.SaveAsync(Reference("a1"), TestContext.Current.CancellationToken));

        await _store.SaveAsync(Reference("a2"), TestContext.Current.CancellationToken);

        Assert.Contains("\"a2\"", Assert.Single(_stored.Saves).Payload);
    }

    private static ConversationReference Reference(string activityId, string conversation = "a:1on1", string serviceUrl = "https://smba.trafficmanager.net/emea/") => new()
    {
        ActivityId = activityId,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        User = new ChannelAccount { Id = "29:user", Name = "Nguyễn Văn A" },
        Bot = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal" },
    };

    private sealed class CountingReferences : IConversationReferences
    {
        public List<StoredConversationReference> Saves { get; } = [];
        public bool FailNext { get; set; }

        public Task SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the store refused the write");
            }

            Saves.Add(reference);
            return Task.CompletedTask;
        }

        public Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult(Saves.LastOrDefault(s => s.ChannelId == channelId && s.ConversationId == conversationId));

        public Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StoredConversationReference>>([.. Saves.Where(s => s.ChannelId == channelId && s.UserId == userId)]);
    }
}
