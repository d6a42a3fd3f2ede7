using InternalTthc.Testing;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>What people do to cases, through the service, the real calendar and a real store, with a fake clock.</summary>
public sealed class CaseServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Thu 23/04/2026 14:30 in Vietnam.
    private static readonly DateTimeOffset Start = new(2026, 4, 23, 14, 30, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Focal_point_files_agent_receives_asks_for_more_and_resolves_with_working_day_deadlines(StoreProvider engine)
    {
        var clock = new FakeClock(Start);
        await using var store = await CreateAsync(engine, clock);
        var p = await PeopleAsync(store);

        var draft = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "a@b.vn"), Ct));
        var submitted = await Service(store, s => s.SubmitAsync(draft.Id, p["focal"], Ct));
        Assert.Equal(CaseStatus.Submitted, submitted.Status);
        Assert.Equal("TST-2026-00001", submitted.Code);
        Assert.Equal(Local(4, 24, 14, 30), submitted.ReceiptDueAt); // 8 working hours

        clock.Set(Local(4, 24, 9));
        var received = await Service(store, s => s.ReceiveAsync(draft.Id, p["agent"], Ct));
        Assert.Equal(Local(5, 4, 17), received.ResolutionDueAt); // Fri 24 + 3 working days: Tue 28, Wed 29, Mon 4/5 (27/4 and 30/4–3/5 off)
        Assert.Equal(p["agent"], received.AssigneeId);

        clock.Set(Local(4, 28, 9));
        var waiting = await Service(store, s => s.RequestSupplementAsync(draft.Id, p["agent"], "Bổ sung công văn có chữ ký số", Ct));
        Assert.Equal(TimeSpan.FromHours(22.5), waiting.PausedRemaining); // Tue 28 from 9:00 (6.5 h), Wed 29 (8 h), Mon 4/5 (8 h)

        clock.Set(Local(5, 5, 8)); // a week later: the clock was paused
        var supplemented = await Service(store, s => s.SupplementAsync(draft.Id, p["focal"], FormAnswers.Empty.With("email", "a@b.vn"), "Đã bổ sung", Ct));
        Assert.Equal(Local(5, 7, 16), supplemented.ResolutionDueAt); // 22.5 h from Tue 5/5 8:00: 7.5 + 8 + 7

        var resolved = await Service(store, s => s.ResolveAsync(draft.Id, p["agent"], new CaseResult("25/TB-TTCNTT", new DateOnly(2026, 5, 5), "Đã cấp hộp thư", []), Ct));
        Assert.Equal(CaseStatus.Resolved, resolved.Status);
        Assert.Equal(
            [CaseAction.Submit, CaseAction.Receive, CaseAction.RequestSupplement, CaseAction.Supplement, CaseAction.Resolve],
            resolved.Timeline.OrderBy(e => e.At).Select(e => e.Action));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Staff_request_waits_for_the_focal_point_and_staff_cannot_file_a_focal_point_procedure(StoreProvider engine)
    {
        await using var store = await CreateAsync(engine, new FakeClock(Start));
        var p = await PeopleAsync(store);

        var refused = await Assert.ThrowsAsync<FilingException>(() => Service(store, s => s.OpenDraftAsync(p["staff"], "tst-focal", null, FormAnswers.Empty, Ct)));
        Assert.Contains("cán bộ đầu mối", refused.Message);

        var draft = await Service(store, s => s.OpenDraftAsync(p["staff"], "tst-staff", null, FormAnswers.Empty, Ct));
        var waiting = await Service(store, s => s.SubmitAsync(draft.Id, p["staff"], Ct));
        Assert.Equal(CaseStatus.AwaitingConfirmation, waiting.Status);
        Assert.Null(waiting.ReceiptDueAt);
        await Assert.ThrowsAsync<WorkflowException>(() => Service(store, s => s.ConfirmForUnitAsync(draft.Id, p["staff"], Ct)));

        var confirmed = await Service(store, s => s.ConfirmForUnitAsync(draft.Id, p["focal"], Ct));
        Assert.Equal(CaseStatus.Submitted, confirmed.Status);
        Assert.NotNull(confirmed.ReceiptDueAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Outsiders_cannot_see_or_act_and_get_the_same_not_found(StoreProvider engine)
    {
        await using var store = await CreateAsync(engine, new FakeClock(Start));
        var p = await PeopleAsync(store);
        var draft = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-focal", null, FormAnswers.Empty, Ct));
        var code = (await Service(store, s => s.SubmitAsync(draft.Id, p["focal"], Ct))).Code!;

        var foreign = await Assert.ThrowsAsync<CaseNotFoundException>(() => Service(store, s => s.FindForAsync(p["other-focal"], code, Ct)));
        var missing = await Assert.ThrowsAsync<CaseNotFoundException>(() => Service(store, s => s.FindForAsync(p["focal"], "TST-2026-99999", Ct)));
        Assert.Equal(missing.Message, foreign.Message);
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Service(store, s => s.ReceiveAsync(draft.Id, p["other-focal"], Ct)));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Service(store, s => s.ReceiveAsync(draft.Id, p["admin"], Ct)));
        var byFocal = await Assert.ThrowsAsync<WorkflowException>(() => Service(store, s => s.ReceiveAsync(draft.Id, p["focal"], Ct)));
        Assert.Contains("không có quyền", byFocal.Message);

        Assert.Equal(draft.Id, (await Service(store, s => s.FindForAsync(p["focal"], code.ToLowerInvariant(), Ct))).Id);
        Assert.Equal(draft.Id, (await Service(store, s => s.FindForAsync(p["agent"], code, Ct))).Id);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_result_that_needs_approval_waits_for_the_deciding_authority(StoreProvider engine)
    {
        await using var store = await CreateAsync(engine, new FakeClock(Start));
        var p = await PeopleAsync(store);
        var draft = await Service(store, s => s.OpenDraftAsync(p["focal"], "tst-approval", null, FormAnswers.Empty, Ct));
        await Service(store, s => s.SubmitAsync(draft.Id, p["focal"], Ct));
        await Service(store, s => s.ReceiveAsync(draft.Id, p["agent"], Ct));
        await Assert.ThrowsAsync<WorkflowException>(() => Service(store, s => s.AssignAsync(draft.Id, p["agent"], p["focal"], Ct)));
        await Service(store, s => s.AssignAsync(draft.Id, p["agent"], p["agent2"], Ct));

        var waiting = await Service(store, s => s.ResolveAsync(draft.Id, p["agent2"], new CaseResult("7/QĐ-UBND", new DateOnly(2026, 4, 24), "Phê duyệt kết quả", []), Ct));
        Assert.Equal(CaseStatus.AwaitingApproval, waiting.Status);
        Assert.Null(waiting.ClosedAt);
        await Assert.ThrowsAsync<WorkflowException>(() => Service(store, s => s.ApproveAsync(draft.Id, p["agent"], null, Ct)));

        var approved = await Service(store, s => s.ApproveAsync(draft.Id, p["leader"], "Đồng ý", Ct));
        Assert.Equal(CaseStatus.Resolved, approved.Status);
        Assert.NotNull(approved.ClosedAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_retried_submission_opens_one_draft_with_the_answers_as_they_are_now(StoreProvider engine)
    {
        await using var store = await CreateAsync(engine, new FakeClock(Start));
        var p = await PeopleAsync(store);
        var id = Guid.NewGuid();

        var first = await Service(store, s => s.OpenDraftAsync(new DraftRequest(p["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "cu@b.vn")) { CaseId = id }, Ct));
        var again = await Service(store, s => s.OpenDraftAsync(new DraftRequest(p["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "moi@b.vn")) { CaseId = id }, Ct));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("moi@b.vn", again.Answers.Text("email"));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Service(store, s => s.OpenDraftAsync(new DraftRequest(p["staff"], "tst-staff", null, FormAnswers.Empty) { CaseId = id }, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task An_agent_files_for_the_person_he_helps_only_for_his_own_agency_in_the_persons_name_and_once(StoreProvider engine)
    {
        await using var store = await CreateAsync(engine, new FakeClock(Start));
        var p = await PeopleAsync(store);
        var request = new DraftRequest(p["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "a@b.vn")) { CaseId = Guid.NewGuid() };

        var refused = await Assert.ThrowsAsync<FilingException>(() => Service(store, s => s.FileForAsync(p["other-focal"], request, "lập thay", Ct)));
        Assert.Contains("chỉ cán bộ xử lý", refused.Message);
        var filed = await Service(store, s => s.FileForAsync(p["agent"], request, "Cán bộ A lập thay", Ct));

        Assert.Equal((CaseStatus.Submitted, p["focal"]), (filed.Status, filed.RequesterId));
        Assert.NotNull(filed.Code);
        Assert.NotNull(filed.ReceiptDueAt);
        var sent = Assert.Single(filed.Timeline, e => e.Action == CaseAction.Submit);
        Assert.Equal((p["focal"], "Cán bộ A lập thay"), (sent.ActorId, sent.Note));
        var again = await Service(store, s => s.FileForAsync(p["agent"], request, "Cán bộ A lập thay", Ct));
        Assert.Equal((filed.Id, filed.Code, 1), (again.Id, again.Code, again.Timeline.Count(e => e.Action == CaseAction.Submit)));
    }

    private static Task<TestStore> CreateAsync(StoreProvider engine, FakeClock clock) =>
        TestStore.CreateAsync(engine, configure: services =>
        {
            services.AddWorkingCalendar(new CalendarOptions());
            services.AddSingleton<TimeProvider>(clock);
            services.AddCases();
        });

    /// <summary>The test directory imported; each login's person id.</summary>
    internal static Task<Dictionary<string, Guid>> PeopleAsync(TestStore store) => store.ImportPeopleAsync(TestCatalog.Create());

    private static Task<T> Service<T>(TestStore store, Func<CaseService, Task<T>> act) => store.UseAsync(act);
}
