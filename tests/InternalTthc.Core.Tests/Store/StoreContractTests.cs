using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>The same contract on both engines: SQLite (the default) and a real PostgreSQL server.</summary>
public sealed class StoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Migrated_schema_has_every_column_of_the_model(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var sql = engine == StoreProvider.Sqlite
                ? $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')"
                : $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = '{table}'";
            var columns = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(Ct);
            missing.AddRange(entity.GetProperties().Select(p => p.GetColumnName()).Where(c => !columns.Contains(c)).Select(c => $"{table}.{c}"));
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_case_is_created_and_read_back_with_answers_files_and_timeline(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var c = Draft(ids);
        c.UpdateDraft(new CaseActor(ids.Focal, CaseRole.Requester | CaseRole.UnitFocalPoint), null,
            FormAnswers.Empty.With("email", "nguyen.van.a@laichau.gov.vn").With("ghiChu", "Tiếng Việt có dấu: đ, ơ, ư"),
            [new CaseFile("files/abc", "cong-van.pdf", "application/pdf", 1234, "congVan")]);
        await AddAsync(store, c);

        await using var scope = store.Scope();
        var read = await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(c.Id, Ct);
        Assert.NotNull(read);
        Assert.Equal(CaseStatus.Draft, read.Status);
        Assert.Equal("Tiếng Việt có dấu: đ, ơ, ư", read.Answers.Text("ghiChu"));
        Assert.Equal("cong-van.pdf", Assert.Single(read.Attachments).FileName);
        Assert.Equal(CaseBuilder.Now, read.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Submitting_gives_a_code_per_jurisdiction_and_year_and_queues_an_outbox_row_per_event(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var c = Draft(ids);
            await AddAsync(store, c);
            codes.Add((await ActAsync(store, c.Id, x => x.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, CaseBuilder.Now.AddHours(8)))).Code!);
        }

        Assert.Equal(["TST-2026-00001", "TST-2026-00002", "TST-2026-00003"], codes);
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var events = await db.CaseEvents.CountAsync(Ct);
        var outbox = await db.OutboxMessages.ToListAsync(Ct);
        Assert.Equal(3, events);
        Assert.Equal(events, outbox.Count);
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.Equal(outbox.Count, outbox.Select(m => m.IdempotencyKey).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Concurrent_submissions_never_share_a_code(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var drafts = Enumerable.Range(0, 8).Select(_ => Draft(ids)).ToList();
        foreach (var d in drafts) await AddAsync(store, d);

        var submitted = await Task.WhenAll(drafts.Select(d =>
            ActAsync(store, d.Id, x => x.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, null))));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"TST-2026-{n:D5}"), submitted.Select(c => c.Code!).Order());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_stale_update_is_refused_and_changes_nothing(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var c = Draft(ids);
        await AddAsync(store, c);
        await ActAsync(store, c.Id, x => x.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, null));

        await using var first = store.Scope();
        await using var second = store.Scope();
        var a = (await first.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(c.Id, Ct))!;
        var b = (await second.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(c.Id, Ct))!;
        a.Receive(new CaseActor(ids.Agent, CaseRole.ExecutingAgent), CaseBuilder.Now, null);
        b.Withdraw(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, "Rút");
        await first.ServiceProvider.GetRequiredService<ICaseStore>().SaveAsync(a, Ct);

        await Assert.ThrowsAsync<CaseConflictException>(() => second.ServiceProvider.GetRequiredService<ICaseStore>().SaveAsync(b, Ct));
        await using var check = store.Scope();
        var read = (await check.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(c.Id, Ct))!;
        Assert.Equal(CaseStatus.Received, read.Status);
        Assert.Equal(2, read.Timeline.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Queries_find_a_units_open_cases_the_queues_the_due_ones_and_a_code(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var requester = new CaseActor(ids.Focal, CaseRole.Requester);
        var agent = new CaseActor(ids.Agent, CaseRole.ExecutingAgent);
        var t = CaseBuilder.Now;

        var draft = Draft(ids);
        var waiting = Draft(ids);
        var soon = Draft(ids);
        var late = Draft(ids);
        var done = Draft(ids);
        foreach (var c in new[] { draft, waiting, soon, late, done }) await AddAsync(store, c);
        await ActAsync(store, waiting.Id, c => c.Submit(requester, t, t.AddHours(8)));
        await ActAsync(store, soon.Id, c => { c.Submit(requester, t, t.AddHours(8)); c.Receive(agent, t, t.AddDays(2)); });
        await ActAsync(store, late.Id, c => { c.Submit(requester, t, t.AddHours(8)); c.Receive(agent, t, t.AddHours(1)); });
        var resolved = await ActAsync(store, done.Id, c =>
        {
            c.Submit(requester, t, null);
            c.Receive(agent, t, t.AddHours(1));
            c.Resolve(agent, t, new CaseResult("1/TB", new DateOnly(2026, 4, 23), "Xong", []));
        });

        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        Assert.Equal(Ids(waiting, soon, late), Ids([.. (await cases.PageOpenForUnitAsync(ids.RequestingUnit, null, 0, 20, Ct)).Cases]));
        Assert.Equal(Ids(waiting, soon, late), Ids([.. (await cases.PageQueueAsync(new QueueQuery(ids.Center), Ct)).Cases]));
        Assert.Equal(Ids(soon, late), Ids([.. (await cases.PageQueueAsync(new QueueQuery(ids.Center) { AssigneeId = ids.Agent }, Ct)).Cases]));
        Assert.Empty((await cases.PageQueueAsync(new QueueQuery(ids.Center) { AssigneeId = ids.Focal }, Ct)).Cases);

        // The queue in order of the running clock's due, read off the stored queue due; a paused clock goes last and is never overdue.
        var queue = new QueueQuery(ids.Center);
        async Task<Guid[]> PageAsync(QueueQuery q) => [.. (await cases.PageQueueAsync(q, Ct)).Cases.Select(c => c.Id)];
        Assert.Equal([late.Id, waiting.Id, soon.Id], await PageAsync(queue));
        Assert.Equal([late.Id, waiting.Id], await PageAsync(queue with { OverdueAt = t.AddHours(9) }));
        Assert.Equal([waiting.Id], await PageAsync(queue with { NewOnly = true }));
        Assert.Equal([waiting.Id, soon.Id], await PageAsync(queue with { DueBetween = (t.AddHours(2), t.AddDays(2)) }));
        await ActAsync(store, late.Id, c => c.RequestSupplement(agent, t, "Thiếu chữ ký", TimeSpan.FromHours(1)));
        Assert.Equal([waiting.Id, soon.Id, late.Id], await PageAsync(queue));
        Assert.Equal([waiting.Id], await PageAsync(queue with { OverdueAt = t.AddHours(9) }));
        Assert.Equal(done.Id, (await cases.FindByCodeAsync(resolved.Code!, Ct))!.Id);
        Assert.Null(await cases.FindByCodeAsync("TST-2026-99999", Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_linked_accounts_of_people_on_one_channel_are_listed(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        async Task Link(string channel, string account, Guid? person)
        {
            var seen = (await directory.TouchChannelAccountAsync(new ChannelAccountSighting(channel, account, null, null, CaseBuilder.Now), Ct)).Account;
            await directory.LinkChannelAccountAsync(seen.Id, person, Ct);
        }

        await Link("msteams", "29:agent", ids.Agent);
        await Link("msteams", "29:focal", ids.Focal);
        await Link("zalo", "zalo-agent", ids.Agent);
        await Link("msteams", "29:nobody", null);

        var accounts = await directory.ListChannelAccountsAsync([ids.Agent, ids.Focal], "msteams", Ct);
        Assert.Equal(["29:agent", "29:focal"], accounts.Select(a => a.AccountId));
        Assert.Equal(["29:agent"], (await directory.ListChannelAccountsAsync([ids.Agent], "msteams", Ct)).Select(a => a.AccountId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_accounts_of_people_and_of_role_holders_are_listed_in_one_query_on_the_channels_asked_up_to_a_limit(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        async Task Link(string channel, string account, string login, int minutesAgo)
        {
            var person = (await directory.FindPersonByLoginAsync(login, Ct))!.Id;
            var at = CaseBuilder.Now.AddMinutes(-minutesAgo);
            var seen = (await directory.TouchChannelAccountAsync(new ChannelAccountSighting(channel, account, null, null, at), Ct)).Account;
            await directory.LinkChannelAccountAsync(seen.Id, person, Ct);
        }

        await Link("msteams", "29:focal", "focal", 5);
        await Link("msteams", "29:agent", "agent", 1);
        await Link("msteams", "29:agent2", "agent2", 3);
        await Link("zalo", "zalo-agent", "agent", 0);
        await Link("msteams", "29:center-leader", "center-leader", 0); // a leader of the center, not an agent
        await Link("msteams", "29:leader", "leader", 2);

        var agents = (ids.Center, Role.Agent);
        var deciding = (ids.Dept, Role.DecidingAuthority);
        string[] teams = ["msteams"];
        async Task<IEnumerable<string>> ListAsync(Guid[] people, (Guid, Role)[] holders, int limit) =>
            (await directory.ListChannelAccountsAsync(people, holders, teams, limit, Ct)).Select(a => a.AccountId);

        // The most recently seen first, as every list of accounts; only the channels asked; the requester and the holders together.
        Assert.Equal(["29:agent", "29:leader", "29:agent2", "29:focal"], await ListAsync([ids.Focal], [agents, deciding], 10));
        Assert.Equal(["29:agent", "29:agent2"], await ListAsync([], [agents], 10));
        Assert.Equal(["29:agent", "29:leader"], await ListAsync([ids.Focal], [agents, deciding], 2));
        Assert.Equal(["29:focal"], await ListAsync([ids.Focal], [], 10));
        Assert.Empty(await ListAsync([], [(ids.RequestingUnit, Role.Agent)], 10));

        // A holder deactivated meanwhile acts no more.
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().People.Where(p => p.Login == "agent2")
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false), Ct);
        Assert.Equal(["29:agent"], await ListAsync([], [agents], 10));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_blocked_account_seen_again_is_saved_unblocked_with_its_new_tenant(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var sighting = new ChannelAccountSighting("msteams", "29:back", null, "tenant-a", CaseBuilder.Now);
        await store.UseAsync<IDirectoryStore, ChannelAccountSeen>(d => d.TouchChannelAccountAsync(sighting, Ct));
        await store.UseAsync<IDirectoryStore, int>(async d =>
        {
            await d.MarkBlockedAsync("msteams", "29:back", CaseBuilder.Now.AddMinutes(1), Ct);
            return 0;
        });

        // The sighting reads the account untracked; a change beyond the moment is saved through the context all the same.
        var seen = await store.UseAsync<IDirectoryStore, ChannelAccountSeen>(d => d.TouchChannelAccountAsync(
            sighting with { TenantId = "tenant-b", At = CaseBuilder.Now.AddMinutes(2) }, Ct));

        await using var check = store.Scope();
        var account = await check.ServiceProvider.GetRequiredService<TthcDbContext>().ChannelAccounts.AsNoTracking().SingleAsync(a => a.AccountId == "29:back", Ct);
        Assert.Equal((null, "tenant-b", CaseBuilder.Now.AddMinutes(2)), (account.BlockedAt, account.TenantId, account.LastSeenAt));
        Assert.Equal((null, "tenant-b"), (seen.Account.BlockedAt, seen.Account.TenantId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_sighting_reads_who_writes_in_one_go_and_a_deactivation_from_elsewhere_is_seen_on_the_next(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var sighting = new ChannelAccountSighting("msteams", "29:focal", null, null, CaseBuilder.Now);
        await store.UseAsync<IDirectoryStore, int>(async d =>
        {
            await d.LinkChannelAccountAsync((await d.TouchChannelAccountAsync(sighting, Ct)).Account.Id, ids.Focal, Ct);
            return 0;
        });

        await using (var scope = store.Scope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
            var seen = await directory.TouchChannelAccountAsync(sighting with { At = CaseBuilder.Now.AddMinutes(1) }, Ct);
            Assert.Equal(ids.Focal, seen.Person!.Person.Id);
            Assert.True(seen.Person.Holds(Role.FocalPoint, ids.RequestingUnit));
            Assert.False(seen.MessagesAwaitContact);
            Assert.Equal(ids.RequestingUnit, (await directory.FindUnitAsync(seen.Person.Person.UnitId, Ct))!.Id);
            // Read, not tracked: a turn only reads who writes, and attaching them cost more than the read (turn7).
            Assert.Empty(scope.ServiceProvider.GetRequiredService<TthcDbContext>().ChangeTracker.Entries());
        }

        // Another instance (another context) deactivates him: the next sighting, on any context, no longer reads a person.
        await using (var other = store.Scope())
        {
            await other.ServiceProvider.GetRequiredService<TthcDbContext>().People.Where(p => p.Id == ids.Focal)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false), Ct);
        }

        var after = await store.UseAsync<IDirectoryStore, ChannelAccountSeen>(d => d.TouchChannelAccountAsync(sighting with { At = CaseBuilder.Now.AddMinutes(2) }, Ct));
        Assert.Null(after.Person);
        Assert.Equal(ids.Focal, after.Account.PersonId);
        // The sighting's moment, written alone (one statement through the group commit), is the store's.
        await using var check = store.Scope();
        var account = await check.ServiceProvider.GetRequiredService<TthcDbContext>().ChannelAccounts.AsNoTracking().SingleAsync(a => a.AccountId == "29:focal", Ct);
        Assert.Equal(CaseBuilder.Now.AddMinutes(2), account.LastSeenAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_reimport_withdraws_the_roles_it_no_longer_lists(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var import = TestDirectory.Create(TestCatalog.Create());
        var moved = import with
        {
            People = [.. import.People.Select(p => p.Login == "focal" ? p with { Roles = [new ImportedRole(Role.Agent, "tst-center")] } : p)],
        };

        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        await directory.ImportAsync(moved, Ct);

        var roles = (await directory.GetPersonRolesAsync(ids.Focal, Ct))!;
        Assert.False(roles.Holds(Role.FocalPoint, ids.RequestingUnit));
        Assert.True(roles.Holds(Role.Agent, ids.Center));
        Assert.Single(roles.Roles);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_executing_units_leader_is_listed_for_escalation(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);

        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();

        Assert.Equal(["center-leader"], (await directory.ListHoldersAsync(ids.Center, Role.Leader, Ct)).Select(p => p.Login));
        Assert.Empty(await directory.ListHoldersAsync(ids.Dept, Role.Leader, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_case_found_by_id_comes_tracked_with_its_timeline_and_its_version_is_read_alone(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        var c = Draft(ids);
        c.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, CaseBuilder.Now.AddDays(1), CaseBuilder.Now.AddDays(5));
        await AddAsync(store, c);

        // Both through compiled queries: the case tracked (it is changed and saved where it is read), its version untracked.
        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var found = await cases.FindAsync(c.Id, Ct);
        Assert.Equal((c.Code, CaseStatus.Submitted, 1), (found?.Code, found?.Status, found?.Timeline.Count));
        Assert.Equal(EntityState.Unchanged, scope.ServiceProvider.GetRequiredService<TthcDbContext>().Entry(found!).State);
        Assert.Same(found, await cases.FindAsync(c.Id, Ct));
        Assert.Equal(found!.Version, await cases.FindVersionAsync(c.Id, Ct));
        Assert.Null(await cases.FindAsync(Guid.NewGuid(), Ct));
        Assert.Null(await cases.FindVersionAsync(Guid.NewGuid(), Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_unit_found_by_its_code_is_the_one_the_context_tracks(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await SeedAsync(store);
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();

        // The filing's routing reads units by code through a compiled query: tracked as before, so a later read by id is the same unit.
        var center = await directory.FindUnitByCodeAsync("tst-center", Ct);
        Assert.Equal((ids.Center, "tst-center"), (center?.Id, center?.Code));
        Assert.Same(center, await directory.FindUnitAsync(ids.Center, Ct));
        Assert.Equal(ids.Dept, (await directory.FindUnitByCodeAsync("tst-dept", Ct))?.Id);
        Assert.Null(await directory.FindUnitByCodeAsync("no-such-unit", Ct));
    }

    internal static async Task<SeedIds> SeedAsync(TestStore store)
    {
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        await directory.ImportAsync(TestDirectory.Create(TestCatalog.Create()), Ct);
        async Task<Guid> Person(string login) => (await directory.FindPersonByLoginAsync(login, Ct))!.Id;
        async Task<Guid> Unit(string code) => (await directory.FindUnitByCodeAsync(code, Ct))!.Id;
        return new SeedIds(await Unit(TestDirectory.RequestingUnit), await Unit("tst-center"), await Unit("tst-dept"),
            await Person("focal"), await Person("agent"));
    }

    internal static Case Draft(SeedIds ids) => Case.Open(new CaseOpening
    {
        JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-focal", UnitId = ids.RequestingUnit,
        RequesterId = ids.Focal, ExecutingUnitId = ids.Center, DecidingUnitId = ids.Dept,
    }, CaseBuilder.Now);

    private static async Task AddAsync(TestStore store, Case c)
    {
        await using var scope = store.Scope();
        await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(c, Ct);
    }

    private static async Task<Case> ActAsync(TestStore store, Guid id, Action<Case> act)
    {
        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var c = (await cases.FindAsync(id, Ct))!;
        act(c);
        await cases.SaveAsync(c, Ct);
        return c;
    }

    private static Guid[] Ids(params Case[] cases) => [.. cases.Select(c => c.Id).Order()];

    internal sealed record SeedIds(Guid RequestingUnit, Guid Center, Guid Dept, Guid Focal, Guid Agent);
}
