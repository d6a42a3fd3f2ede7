using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// On SQLite (synchronous=NORMAL by default) the writes that file or decide a case commit on a connection set to FULL, so an
/// acknowledged case outlives a power cut; conversation state stays on NORMAL, and the connection goes back to it after.
/// </summary>
public sealed class DurableFilingTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 23, 14, 30, 0, TimeSpan.FromHours(7));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filing_and_deciding_commit_on_FULL_while_conversation_state_stays_on_NORMAL()
    {
        var writes = new WriteLevels();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, configure: services =>
        {
            services.AddSingleton<IInterceptor>(writes);
            services.AddSingleton<TimeProvider>(new FakeClock(Start));
            services.AddCases();
        });
        writes.Clear(); // the migrations' own writes (0020 fills a column of the cases already stored) are not the service's
        var people = await CaseServiceTests.PeopleAsync(store);
        await using var scope = store.Scope();
        // One connection for the whole scope: what a filing or a decision sets on it must be undone for what runs on it after.
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();

        await states.SaveAsync("greeting", "{}", null, Start, Ct);
        var draft = await cases.OpenDraftAsync(people["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "a@b.vn"), Ct);
        await cases.SubmitAsync(draft.Id, people["focal"], Ct);
        await cases.ReceiveAsync(draft.Id, people["agent"], Ct);
        // A form's filing: opened and sent in one write (on SQLite by the group commit's writer, on its connection).
        var requester = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().GetPersonRolesAsync(people["focal"], Ct);
        var filed = await cases.FileAsync(requester!, new DraftRequest(people["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "a@b.vn")), Ct);
        await states.SaveAsync("after-filing", "{}", null, Start, Ct);

        Assert.Equal((CaseStatus.Submitted, "TST-2026-00002"), (filed.Status, filed.Code));
        Assert.Equal([Level.Full], writes.On("cases").Distinct());
        Assert.Equal(4, writes.On("cases").Count);
        // The state saves are the group commit writer's, on its own connection (PreparedWrites), not on EF's that a filing set
        // to FULL: a write queued the same way after the filing stores the level its connection commits at.
        Assert.Empty(writes.On("conversation_states"));
        Assert.Equal(2, await db.ConversationStates.CountAsync(Ct));
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE synchronous_seen (level INTEGER)", Ct);
        await scope.ServiceProvider.GetRequiredService<GroupCommit>().RunAsync(db, "synchronous_seen",
            $"INSERT INTO synchronous_seen (level) SELECT synchronous FROM pragma_synchronous()", Ct);
        Assert.Equal([(int)Level.Normal], await db.Database.SqlQueryRaw<int>("SELECT level AS Value FROM synchronous_seen").ToListAsync(Ct));
    }

    [Fact]
    public async Task A_connection_of_the_services_own_outside_EF_is_tuned_to_the_configured_level()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var connection = new SqliteConnection(store.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        store.Services.GetRequiredService<SqliteTuning>().Tune(connection);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous;";
        Assert.Equal(Level.Normal, (Level)Convert.ToInt32(await pragma.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Concurrent_filings_share_one_flush_and_each_is_acknowledged_only_after_its_commit()
    {
        var (writes, commits) = (new WriteLevels(), new GroupCommitTests.CommitCounter());
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, configure: s => commits.AddTo(s.AddSingleton<IInterceptor>(writes)));
        var ids = await StoreContractTests.SeedAsync(store);
        List<Task<string?>> acknowledged;
        await using (await GroupCommitTests.HoldWriteLockAsync(store))
        {
            // Each filing, in a scope of its own, is queued before any can commit (AddAsync queues before it first awaits).
            acknowledged = [.. Enumerable.Range(0, 16).Select(_ => CommittedCodeOnAcknowledgementAsync(store, Submitted(ids)))];
            commits.Reset();
            writes.Clear();
        }

        // What another connection reads the moment each filing is acknowledged: its case, committed, with its code.
        var codes = await Task.WhenAll(acknowledged);
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"TST-2026-{n:D5}"), codes.Order());
        Assert.InRange(commits.Count, 1, 2); // 16 filings, one or two flushes
        Assert.Equal([Level.Full], writes.On("cases").Distinct());
    }

    [Fact]
    public async Task A_filing_the_store_refuses_fails_alone_and_its_code_is_given_to_the_next()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var ids = await StoreContractTests.SeedAsync(store);
        var stored = Submitted(ids);
        await store.UseAsync<ICaseStore, bool>(async s => { await s.AddAsync(stored, Ct); return true; });
        var again = Submitted(ids, stored.Id); // the same id: its insert breaks the key after it took a code

        await using var first = store.Scope();
        await using var second = store.Scope();
        await using var third = store.Scope();
        Task before, refused, after;
        var (a, c) = (Submitted(ids), Submitted(ids));
        await using (await GroupCommitTests.HoldWriteLockAsync(store))
        {
            before = first.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(a, Ct);
            refused = second.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(again, Ct);
            after = third.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(c, Ct);
        }

        await before;
        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        await after;
        // Its code was rolled back with it: the codes stay without a gap.
        Assert.Equal(("TST-2026-00001", "TST-2026-00002", "TST-2026-00003"), (stored.Code, a.Code, c.Code));
        Assert.Equal(3, await store.UseAsync<TthcDbContext, int>(db => db.Cases.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_filing_and_its_forms_mark_commit_together_and_a_mark_over_a_version_gone_files_nothing()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var ids = await StoreContractTests.SeedAsync(store);
        await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:1", "reviewing", null, CaseBuilder.Now, Ct));
        FilingMark Mark(int version) => new("form:1", version, c => $"submitted {c.Code}", CaseBuilder.Now);

        // A second press's filing: the session moved on since it read version 1 (the first press saved over it).
        await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:1", "reviewing again", 1, CaseBuilder.Now, Ct));
        var lost = Submitted(ids);
        await Assert.ThrowsAsync<FilingMarkLostException>(() => store.UseAsync<ICaseStore, bool>(async s => { await s.AddAsync(lost, Mark(1), Ct); return true; }));
        Assert.Equal(0, await store.UseAsync<TthcDbContext, int>(db => db.Cases.CountAsync(Ct)));

        var filed = Submitted(ids);
        await store.UseAsync<ICaseStore, bool>(async s => { await s.AddAsync(filed, Mark(2), Ct); return true; });
        var state = await store.UseAsync<IConversationStateStore, StoredState?>(s => s.GetAsync("form:1", Ct));

        // The lost filing's code went back with it; the mark carries the code of the case it committed with.
        Assert.Equal("TST-2026-00001", filed.Code);
        Assert.Equal(("submitted TST-2026-00001", 3), (state?.Payload, state?.Version));
        Assert.Equal(1, await store.UseAsync<TthcDbContext, int>(db => db.Cases.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Two_presses_of_one_form_at_once_file_one_case_and_the_other_press_is_told_it_lost(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await StoreContractTests.SeedAsync(store);
        await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:1", "reviewing", null, CaseBuilder.Now, Ct));
        var form = Guid.NewGuid();

        // Both presses read version 1 and carry the form's id as the case's: a double click, or a redelivery on a second instance.
        async Task<string> PressAsync()
        {
            try
            {
                await store.UseAsync<ICaseStore, bool>(async s =>
                {
                    await s.AddAsync(Submitted(ids, form), new FilingMark("form:1", 1, c => $"submitted {c.Code}", CaseBuilder.Now), Ct);
                    return true;
                });
                return "filed";
            }
            catch (FilingMarkLostException)
            {
                return "lost";
            }
        }

        var outcomes = await Task.WhenAll(PressAsync(), PressAsync());

        Assert.Equal(["filed", "lost"], outcomes.Order());
        Assert.Equal(1, await store.UseAsync<TthcDbContext, int>(db => db.Cases.CountAsync(Ct)));
        var state = await store.UseAsync<IConversationStateStore, StoredState?>(s => s.GetAsync("form:1", Ct));
        Assert.Equal(("submitted TST-2026-00001", 2), (state?.Payload, state?.Version));
    }

    private static Case Submitted(StoreContractTests.SeedIds ids, Guid? id = null)
    {
        var c = Case.Open(new CaseOpening
        {
            Id = id, JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-focal", UnitId = ids.RequestingUnit,
            RequesterId = ids.Focal, ExecutingUnitId = ids.Center, DecidingUnitId = ids.Dept,
        }, CaseBuilder.Now);
        c.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, null);
        return c;
    }

    private static async Task<string?> CommittedCodeOnAcknowledgementAsync(TestStore store, Case c)
    {
        await using var scope = store.Scope();
        await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(c, Ct);
        var code = await store.UseAsync<TthcDbContext, string?>(db => db.Cases.AsNoTracking().Where(x => x.Id == c.Id).Select(x => x.Code).FirstOrDefaultAsync(Ct));
        Assert.Equal(c.Code, code);
        return code;
    }

    private enum Level
    {
        Normal = 1,
        Full = 2,
    }

    /// <summary>For every INSERT/UPDATE into a table, the connection's synchronous level at that moment (read on the same connection).</summary>
    private sealed class WriteLevels : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(string Sql, Level Level)> _seen = [];

        public void Clear() => _seen.Clear();

        public List<Level> On(string table) =>
            [.. _seen.Where(w => Regex.IsMatch(w.Sql, $@"(INTO|UPDATE) ""?{table}""?\s")).Select(w => w.Level)];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            RecordAsync(command, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            RecordAsync(command, result, cancellationToken);

        private async ValueTask<T> RecordAsync<T>(DbCommand command, T result, CancellationToken cancellationToken)
        {
            if (Regex.IsMatch(command.CommandText, @"\b(INSERT|UPDATE)\b"))
            {
                await using var pragma = command.Connection!.CreateCommand();
                pragma.Transaction = command.Transaction;
                pragma.CommandText = "PRAGMA synchronous;";
                _seen.Enqueue((command.CommandText, (Level)Convert.ToInt32(await pragma.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)));
            }

            return result;
        }
    }
}
