using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Catalog;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;
using InternalTthc.Core.Directory;
using static InternalTthc.Core.Tests.Calendar.TestCalendar;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>
/// Recurring duties (system events with dated schedules) planned as outbox rows before each date, sent to the acting
/// agency's agents; planning twice (a restart, a second instance) queues nothing new.
/// </summary>
public sealed class DutyReminderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The test catalog with a quarterly duty of the IT centre ("định kỳ hằng quý"), quarters from 1 January.</summary>
    private static ProcedureCatalog Catalog(params YearlyDate[] yearly)
    {
        var file = ReminderCases.Catalog().Files[0];
        var trigger = yearly.Length > 0
            ? new SystemEventTrigger { On = SystemEventCause.Schedule, Dates = yearly }
            : new SystemEventTrigger { On = SystemEventCause.Schedule, Every = new Period(3, PeriodUnit.Months), From = new DateOnly(2024, 1, 1) };
        return new ProcedureCatalog([file with
        {
            SystemEvents =
            [
                new SystemEvent
                {
                    Code = "tst-quarterly-list", Name = "Gửi danh sách hộp thư bị khóa", Source = new ProcedureSource("doc", "Điều 9"),
                    Text = "Định kỳ 03 tháng gửi danh sách hộp thư bị khóa.", Actor = "tst-center", Triggers = [trigger], Keywords = ["danh sách"],
                },
            ],
        }]);
    }

    private static DutyPlanner Duties(ProcedureCatalog catalog, TimeProvider clock) => new(catalog, Calculator(), clock);

    [Fact]
    public void A_quarterly_duty_is_reminded_7_3_and_1_working_days_before_each_quarter_ends()
    {
        var plan = Duties(Catalog(), new FakeClock(Local("2026-12-06 09:00"))).Plan(2027).Select(DutyReminderPayload.Read).ToList();

        // Due before 1/4/2027 (a Thursday): Wed 31/3, Mon 29/3, Tue 23/3. The year's dates start with 1/1/2027, the end of 2026's last quarter.
        Assert.Equal(
            ["2027-03-23 07:30", "2027-03-29 07:30", "2027-03-31 07:30"],
            plan.Where(r => r!.Date == new DateOnly(2027, 4, 1)).Select(r => Show(r!.At)));
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 7, 1), new DateOnly(2027, 10, 1)], plan.Select(r => r!.Date).Distinct());
    }

    [Fact]
    public void Yearly_dates_are_reminded_before_each_and_nothing_already_past_is_planned()
    {
        var plan = Duties(Catalog(new YearlyDate(6, 20), new YearlyDate(12, 20)), new FakeClock(Local("2026-12-16 09:00"))).Plan(2026)
            .Select(DutyReminderPayload.Read).ToList();

        // 20/12/2026 is a Sunday: 1 working day before is Fri 18/12 (ahead); 3 is Wed 16/12 07:30 and 7 is Thu 10/12, both past.
        Assert.Equal(["2026-12-18 07:30"], plan.Select(r => Show(r!.At)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Planning_again_after_a_restart_or_on_a_second_instance_queues_nothing_twice(StoreProvider engine)
    {
        var catalog = Catalog();
        var clock = new FakeClock(Local("2026-12-06 09:00"));
        await using var store = await TestStore.CreateAsync(engine, catalog);
        var first = Duties(catalog, clock).Plan(2027);
        var added = await store.UseAsync<IOutboxStore, int>(s => s.AddAsync(first, Ct));
        // Another instance (its own planner over the same database), then the first one restarted.
        var second = await store.UseAsync<IOutboxStore, int>(s => s.AddAsync(Duties(catalog, clock).Plan(2027), Ct));
        var restarted = await store.UseAsync<IOutboxStore, int>(s => s.AddAsync(Duties(catalog, clock).Plan(2027), Ct));

        Assert.Equal((12, 0, 0), (added, second, restarted));
        Assert.Equal(12, (await store.UseAsync<IOutboxStore, IReadOnlyList<OutboxMessage>>(s => s.ListAsync(OutboxStatus.Pending, 50, Ct)))
            .Count(m => m.Topic == DutyReminderPayload.Topic));
    }

    [Fact]
    public async Task At_its_moment_a_duty_reminder_tells_each_agent_of_the_acting_agency_unless_the_date_is_gone()
    {
        var catalog = Catalog();
        var clock = new FakeClock(Local("2027-03-23 07:30"));
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, catalog);
        var people = await store.ImportPeopleAsync(catalog);
        var row = new DutyReminderPayload("tst-quarterly-list", new DateOnly(2027, 4, 1), clock.GetUtcNow()).ToMessage(clock.GetUtcNow());

        var result = await store.UseAsync<IDirectoryStore, OutboxResult>(d => new DutyReminderHandler(catalog, d, clock).HandleAsync(row, Ct));

        Assert.Equal(OutboxResultKind.Done, result.Kind);
        var notices = result.FollowUps.Select(NotificationPayload.Read).ToList();
        Assert.Equal(new[] { people["agent"], people["agent2"] }.Order(), notices.Select(n => n!.RecipientId).Order());
        Assert.All(notices, n => Assert.Equal(("DutyDateSoon", "tst-quarterly-list", "2027-04-01 00:00"), (n!.Reminder, n.SystemEventCode, Show(n.Due))));

        // The administrator changed the duty to a yearly date meanwhile: 1/4 is no longer one of its dates.
        var changed = await store.UseAsync<IDirectoryStore, OutboxResult>(d => new DutyReminderHandler(Catalog(new YearlyDate(12, 20)), d, clock).HandleAsync(row, Ct));
        Assert.Equal(OutboxResultKind.Cancelled, changed.Kind);
    }

    [Fact]
    public async Task The_shipped_Lai_Chau_catalog_reminds_the_provincial_office_of_its_quarterly_report()
    {
        var catalog = await new CatalogLoader().LoadFolderAsync(PublishedCatalogTests.Folder, Ct);
        var plan = Duties(catalog, new FakeClock(Local("2026-12-06 09:00"))).Plan(2027).Select(DutyReminderPayload.Read).ToList();

        // Before 1/1/2027 (end of the 4th quarter, also the end of December for the monthly index).
        Assert.Contains(plan, r => r is { EventCode: "lcu-quarterly-report" } && r.Date == new DateOnly(2027, 1, 1));
        Assert.Contains(plan, r => r is { EventCode: "lcu-monthly-index" } && r.Date == new DateOnly(2027, 1, 1));
        Assert.Equal("lcu-vp-ubnd", catalog.SystemEventsOf("lai-chau").Single(e => e.Code == "lcu-quarterly-report").Actor);
    }
}
