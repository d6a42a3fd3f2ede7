using InternalTthc.Testing;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>
/// Cases under a regulation's kinds of rule, through the service, the real calendar and store: a deadline on the clock
/// from receipt, the requester's own deadline from a date of the form, no deciding authority, and successions by date.
/// </summary>
public sealed class RegulationCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_password_sent_on_a_friday_night_is_due_two_hours_later_whoever_is_in_the_office()
    {
        var clock = new FakeClock(Local(2026, 4, 24, 22, 30));
        await using var store = await CreateAsync(clock);
        var p = await PeopleAsync(store);

        var draft = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-password", null, FormAnswers.Empty, Ct));
        var sent = await Service(store, s => s.SubmitAsync(draft.Id, p["focal"], Ct));
        Assert.Equal(Local(2026, 4, 25, 0, 30), sent.ResolutionDueAt);
        Assert.Equal(sent.ResolutionDueAt, sent.RunningDue);
        Assert.Equal(Guid.Empty, sent.DecidingUnitId); // the source names no deciding authority: none is invented

        clock.Set(Local(2026, 4, 25, 8, 0)); // the agent receives it the next morning: the clock ran since it arrived
        var received = await Service(store, s => s.ReceiveAsync(draft.Id, p["agent"], Ct));
        Assert.Equal(Local(2026, 4, 25, 0, 30), received.ResolutionDueAt);
    }

    [Theory]
    [InlineData(2026, 4, 1, true)]   // 15 days after 01/04 ended on Thu 16/04
    [InlineData(2026, 4, 20, false)] // 15 days after 20/04 end on Tue 05/05 (30/4–3/5 are days off, Điều 148.5 does not apply: 05/05 is a working day)
    public async Task A_termination_is_late_against_the_regulation_when_sent_after_the_requesters_fifteen_days(int year, int month, int day, bool late)
    {
        var clock = new FakeClock(Local(2026, 4, 23, 9));
        await using var store = await CreateAsync(clock);
        var p = await PeopleAsync(store);

        var answers = FormAnswers.Empty.With("decisionDate", $"{year:0000}-{month:00}-{day:00}");
        var draft = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-terminate", null, answers, Ct));
        var sent = await Service(store, s => s.SubmitAsync(draft.Id, p["focal"], Ct));
        var own = Assert.Single(new RequesterDeadlines(TestCalendar()).Of(RegulationCatalog.Terminate, sent));
        Assert.Equal(late, own.IsMissedAt(sent.SubmittedAt!.Value));
        Assert.Equal(Local(2026, 4, 28, 17), sent.ResolutionDueAt); // 2 working days from its arrival: Fri 24, Tue 28 (Mon 27 is off)
    }

    [Fact]
    public async Task A_case_goes_to_the_agency_that_does_the_work_on_the_day_it_is_opened()
    {
        var clock = new FakeClock(Local(2025, 2, 27, 9));
        await using var store = await CreateAsync(clock);
        var p = await PeopleAsync(store);
        var before = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-focal", null, FormAnswers.Empty, Ct));

        clock.Set(Local(2025, 3, 2, 9));
        var after = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-focal", null, FormAnswers.Empty, Ct));

        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        Assert.Equal("tst-dept", (await directory.FindUnitAsync(before.DecidingUnitId, Ct))!.Code);
        Assert.Equal("tst-so-khcn", (await directory.FindUnitAsync(after.DecidingUnitId, Ct))!.Code);
        Assert.Equal(before.ExecutingUnitId, after.ExecutingUnitId); // renamed, not replaced
    }

    [Fact]
    public async Task A_suspended_procedure_is_refused_with_the_date_and_the_reason()
    {
        await using var store = await CreateAsync(new FakeClock(Local(2025, 7, 1, 9)));
        var p = await PeopleAsync(store);
        var refused = await Assert.ThrowsAsync<FilingException>(() => Service(store, s => s.OpenDraftAsync(p["focal"], "tst-approval", null, FormAnswers.Empty, Ct)));
        Assert.Equal("Thủ tục \"Thủ tục thử tst-approval\" tạm dừng thực hiện từ ngày 01/07/2025: Không còn cấp huyện.", refused.Message);
    }

    [Fact]
    public async Task A_kind_of_unit_the_regulation_excludes_is_refused_with_the_source()
    {
        await using var store = await CreateAsync(new FakeClock(Local(2026, 4, 23, 9)));
        var p = await PeopleAsync(store);
        Guid schoolFocal;
        await using (var scope = store.Scope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
            await directory.ImportAsync(new DirectoryImport
            {
                Units = [new ImportedUnit("tst-truong", "Trường THPT Thử", Support.TestCatalog.Jurisdiction, UnitLevel.Division, null, UnitKind.Education)],
                People = [new ImportedPerson { Login = "school", FullName = "Cô giáo", UnitCode = "tst-truong", Roles = [new ImportedRole(Role.FocalPoint)] }],
            }, Ct);
            schoolFocal = (await directory.FindPersonByLoginAsync("school", Ct))!.Id;
        }

        var refused = await Assert.ThrowsAsync<FilingException>(() => Service(store, s => s.OpenDraftAsync(schoolFocal, "tst-excluding", null, FormAnswers.Empty, Ct)));
        Assert.Equal("Thủ tục \"Thủ tục thử tst-excluding\" không áp dụng cho cơ sở giáo dục (Trường THPT Thử), theo Quy chế thử, Điều 1.", refused.Message);
        Assert.Equal(CaseStatus.Draft, (await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-excluding", null, FormAnswers.Empty, Ct))).Status);
    }

    private static IDeadlineCalculator TestCalendar() => Calendar.TestCalendar.Calculator();

    private static Task<TestStore> CreateAsync(FakeClock clock) =>
        TestStore.CreateAsync(StoreProvider.Sqlite, RegulationCatalog.Create(), services =>
        {
            services.AddWorkingCalendar(new CalendarOptions());
            services.AddSingleton<TimeProvider>(clock);
            services.AddCases();
        });

    private static Task<Dictionary<string, Guid>> PeopleAsync(TestStore store) => store.ImportPeopleAsync(RegulationCatalog.Create());

    private static Task<T> Service<T>(TestStore store, Func<CaseService, Task<T>> act) => store.UseAsync(act);
}
