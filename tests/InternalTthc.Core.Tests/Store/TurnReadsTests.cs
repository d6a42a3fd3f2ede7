using System.Data.Common;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// A turn's reads — who writes, the conversation states, the hand-off look-up — outside EF's query pipeline on both engines
/// (on PostgreSQL the states and the look-up go with the sighting, in its round trip, once the account's last turn here
/// asked them): every turn reads them afresh, so what another instance wrote between two turns is seen, and what a turn
/// asks that its last turn did not is read as before.
/// </summary>
public sealed class TurnReadsTests
{
    private const string Conversation = "conv-focal";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_turns_states_and_handoffs_are_read_with_no_EF_command_and_afresh_each_turn(StoreProvider engine)
    {
        var commands = new CommandCounter();
        await using var store = await TestStore.CreateAsync(engine, configure: s => s.AddSingleton<IInterceptor>(commands));
        var ids = await StoreContractTests.SeedAsync(store);
        await store.UseAsync<IDirectoryStore, int>(async d =>
        {
            await d.LinkChannelAccountAsync((await d.TouchChannelAccountAsync(Sighting(0), Ct)).Account.Id, ids.Focal, Ct);
            return 0;
        });
        await SaveAsync(store, "a", "a1", null);

        // The account's first turn here: its reads are learnt.
        var first = await TurnAsync(store, commands, 1, ["a", "b"]);
        Assert.Equal(("a1", null, 0), (first.States["a"]?.Payload, first.States["b"]?.Payload, first.Open));

        // Another instance writes between turns: the next turn reads what it wrote, with no EF command of its own.
        await SaveAsync(store, "a", "a2", 1);
        await SaveAsync(store, "b", "b1", null);
        var second = await TurnAsync(store, commands, 2, ["a", "b"]);
        Assert.Equal(("a2", "b1", 0, 0), (second.States["a"]?.Payload, second.States["b"]?.Payload, second.Open, second.Commands));

        // A hand-off asked meanwhile is found, and a key the last turn did not ask is read too.
        var handoff = new HandoffRequest
        {
            JurisdictionCode = TestCatalog.Jurisdiction, AgencyId = ids.Center, RequesterId = ids.Focal, ChannelId = "msteams",
            ConversationId = Conversation, Reason = HandoffReason.Asked, RequestedAt = CaseBuilder.Now, Context = "{}",
        };
        await store.UseAsync<IHandoffStore, int>(async h => { await h.AddAsync(handoff, [], Ct); return 0; });
        await SaveAsync(store, "c", "c1", null);
        var third = await TurnAsync(store, commands, 3, ["a", "b", "c"]);
        Assert.Equal(("a2", "b1", "c1", 1), (third.States["a"]?.Payload, third.States["b"]?.Payload, third.States["c"]?.Payload, third.Open));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_turns_record_carries_its_senders_reads_and_many_turns_recorded_together_each_get_their_own(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await FocalWithReadsLearntAsync(store);

        // On PostgreSQL the sighting and the states are read in the record's round trip: what is written after the record
        // is the next turn's. SQLite reads them when the turn asks.
        await SaveAsync(store, "a", "a2", 1);
        await using (var scope = store.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IInboundLedger>().TryRecordTurnAsync("msteams", "act-1", "29:focal", CaseBuilder.Now, Ct));
            await SaveAsync(store, "a", "a3", 2);
            var seen = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().TouchChannelAccountAsync(Sighting(2), Ct);
            var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();
            await states.PrefetchAsync(["a"], Ct);
            Assert.Equal((ids.Focal, engine == StoreProvider.PostgreSql ? "a2" : "a3"), (seen.Person!.Person.Id, (await states.GetAsync("a", Ct))?.Payload));
        }

        // A redelivery still loses on the ledger's key, and turns recorded at once (batched together) each read their own sender.
        Assert.False(await store.UseAsync<IInboundLedger, bool>(l => l.TryRecordTurnAsync("msteams", "act-1", "29:focal", CaseBuilder.Now, Ct)));
        var turns = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
        {
            await using var scope = store.Scope();
            var sender = i % 2 == 0 ? "29:focal" : $"29:stranger-{i}";
            var recorded = await scope.ServiceProvider.GetRequiredService<IInboundLedger>().TryRecordTurnAsync("msteams", $"act-many-{i}", sender, CaseBuilder.Now, Ct);
            var seen = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().TouchChannelAccountAsync(
                new ChannelAccountSighting("msteams", sender, null, null, CaseBuilder.Now.AddMinutes(3)), Ct);
            return (recorded, seen.Account.AccountId == sender, seen.Person?.Person.Id == (i % 2 == 0 ? ids.Focal : null));
        }));
        Assert.All(turns, t => Assert.Equal((true, true, true), t));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_batch_run_again_for_a_refused_write_leaves_the_turns_reads_to_the_turn(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await FocalWithReadsLearntAsync(store);
        await store.UseAsync<IInboundLedger, bool>(l => l.TryRecordAsync("msteams", "taken", CaseBuilder.Now, Ct));

        // The turn's record and a refused write in one batch: PostgreSQL runs it again one statement at a time, without reads.
        await using var scope = store.Scope();
        FormattableString Record(string id) =>
            $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ('msteams', {id}, {CaseBuilder.Now.UtcDateTime}) ON CONFLICT DO NOTHING";
        var record = new GroupCommitWrite((db, ct) => db.Database.ExecuteSqlInterpolatedAsync(Record("new"), ct), false, Ct)
        {
            Row = "processed_activities:msteams:new", Statement = Record("new"),
            Reads = scope.ServiceProvider.GetRequiredService<PostgresTurnReads>().RideWith("msteams", "29:focal"),
        };
        FormattableString taken = $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ('msteams', 'taken', {CaseBuilder.Now.UtcDateTime})";
        var refused = new GroupCommitWrite((db, ct) => db.Database.ExecuteSqlInterpolatedAsync(taken, ct), false, Ct) { Row = "processed_activities:msteams:taken", Statement = taken };
        await new GroupCommitBatches(store.Services.GetRequiredService<IServiceScopeFactory>(), store.Options, store.Services.GetRequiredService<SqliteTuning>(), store.Services.GetRequiredService<PreparedWrites>())
            .CommitAsync([record, refused]);
        Assert.Equal(1, await record.Committed.Task);
        await Assert.ThrowsAnyAsync<DbException>(() => refused.Committed.Task);

        // What the turn reads is read when it asks, after the batch: the state written meanwhile is seen.
        await SaveAsync(store, "a", "a2", 1);
        var seen = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().TouchChannelAccountAsync(Sighting(2), Ct);
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();
        await states.PrefetchAsync(["a"], Ct);
        Assert.Equal((ids.Focal, "a2"), (seen.Person!.Person.Id, (await states.GetAsync("a", Ct))?.Payload));
    }

    /// <summary>The seeded focal point linked to the test's account, state "a" saved, and one turn run so its reads are learnt.</summary>
    private static async Task<StoreContractTests.SeedIds> FocalWithReadsLearntAsync(TestStore store)
    {
        var ids = await StoreContractTests.SeedAsync(store);
        await store.UseAsync<IDirectoryStore, int>(async d =>
        {
            await d.LinkChannelAccountAsync((await d.TouchChannelAccountAsync(Sighting(0), Ct)).Account.Id, ids.Focal, Ct);
            return 0;
        });
        await SaveAsync(store, "a", "a1", null);
        await TurnAsync(store, new CommandCounter(), 1, ["a"]);
        return ids;
    }

    private static ChannelAccountSighting Sighting(int minute) => new("msteams", "29:focal", null, null, CaseBuilder.Now.AddMinutes(minute));

    private static Task<int?> SaveAsync(TestStore store, string key, string payload, int? version) =>
        store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync(key, payload, version, CaseBuilder.Now, Ct));

    /// <summary>A turn's reads as the bot makes them, in one scope; the EF commands between the sighting and the look-up's end.</summary>
    private static async Task<(Dictionary<string, StoredState?> States, int Open, int Commands)> TurnAsync(TestStore store, CommandCounter commands, int minute, string[] keys)
    {
        await using var scope = store.Scope();
        var seen = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().TouchChannelAccountAsync(Sighting(minute), Ct);
        var person = seen.Person!.Person.Id;
        commands.Reset();
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();
        await states.PrefetchAsync(keys, Ct);
        var found = new Dictionary<string, StoredState?>();
        foreach (var key in keys)
        {
            found[key] = await states.GetAsync(key, Ct);
        }

        var (held, open) = await scope.ServiceProvider.GetRequiredService<IHandoffStore>().FindInConversationAsync(person, "msteams", Conversation, Ct);
        Assert.Null(held);
        return (found, open is null ? 0 : 1, commands.Count);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
