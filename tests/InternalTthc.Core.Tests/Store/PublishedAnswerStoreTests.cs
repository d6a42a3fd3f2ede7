using InternalTthc.Core.Cases;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>The published answers are searched in the database itself, the same on SQLite and PostgreSQL.</summary>
public sealed class PublishedAnswerStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Answers_are_found_by_their_words_with_or_without_diacritics_best_match_first(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await StoreContractTests.SeedAsync(store);
        var fee = await AnsweredAsync(store, ids, "Thủ tục cấp tài khoản thư điện tử có mất lệ phí không?", "Không thu lệ phí.", 0);
        var password = await AnsweredAsync(store, ids, "Quên mật khẩu hộp thư công vụ thì làm thế nào?",
            "Đề nghị cấp lại mật khẩu hộp thư qua cán bộ đầu mối của đơn vị.", 1);
        var account = await AnsweredAsync(store, ids, "Cấp tài khoản cho cán bộ mới cần giấy tờ gì?", "Văn bản đề nghị của đơn vị.", 2);
        await OpenQuestionAsync(store, ids, "Câu hỏi về mật khẩu chưa được trả lời thì không được công khai?");

        // Any case and spelling; "thư" of "tài khoản thư điện tử" is a mailbox too, so the fee question follows with one word.
        Assert.Equal([password, fee], Codes(await SearchAsync(store, "QUEN MAT KHAU hop thu")));
        // "mk" is "mật khẩu"; the unanswered question about a password is not published.
        Assert.Equal([password], Codes(await SearchAsync(store, "mk")));
        // "tài khoản" is in two questions, "lệ phí" in one of them: it ranks first, then the other.
        Assert.Equal([fee, account], Codes(await SearchAsync(store, "tai khoan le phi")));
        // No words: the newest answers first.
        Assert.Equal([account, password, fee], Codes(await SearchAsync(store, null)));
        Assert.Empty(await SearchAsync(store, "ngân sách"));

        var found = Assert.Single(await SearchAsync(store, "giấy tờ"));
        Assert.Equal(("Trung tâm Thử", "Người thử agent", "Chuyên viên", "Văn bản đề nghị của đơn vị."),
            (found.Agency, found.ResponderName, found.ResponderPosition, found.Answer));
        Assert.Equal(DateOnly.FromDateTime(CaseBuilder.Now.AddDays(2).Date), found.AnsweredOn);

        await using var scope = store.Scope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IPublishedAnswers>().SearchAsync("other-province", "tài khoản", 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_askers_phone_and_mail_are_masked_and_a_reopened_answer_is_withdrawn(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await StoreContractTests.SeedAsync(store);
        var code = await AnsweredAsync(store, ids, "Tôi gọi 0912 345 678 và gửi thư tới an.nv@test.gov.vn, số CCCD 001099012345, vẫn chưa có tài khoản?",
            "Đơn vị gửi văn bản đề nghị cấp tài khoản.", 0);

        var found = Assert.Single(await SearchAsync(store, "tài khoản"));
        Assert.Equal("Tôi gọi *** và gửi thư tới ***, số CCCD ***, vẫn chưa có tài khoản?", found.Question);
        Assert.Empty(await SearchAsync(store, "0912345678"));

        await using (var scope = store.Scope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
            var c = (await cases.FindByCodeAsync(code, Ct))!;
            c.Reopen(new CaseActor(ids.Agent, CaseRole.ExecutingAgent), CaseBuilder.Now.AddDays(1), "Cần trả lời đầy đủ hơn", null);
            await cases.SaveAsync(c, Ct);
        }

        Assert.Empty(await SearchAsync(store, "tài khoản"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Personal_data_typed_in_the_answer_is_neither_shown_nor_found(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await StoreContractTests.SeedAsync(store);
        await AnsweredAsync(store, ids, "Ai cấp tài khoản?", "Liên hệ chị Hoa, số 0912 345 678, CCCD 001099012345.", 0);

        Assert.Equal("Liên hệ chị Hoa, số ***, CCCD ***.", Assert.Single(await SearchAsync(store, "tài khoản")).Answer);
        Assert.Empty(await SearchAsync(store, "0912345678"));
        Assert.Empty(await SearchAsync(store, "001099012345"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_search_of_thousands_of_words_counts_only_its_first_words(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var ids = await StoreContractTests.SeedAsync(store);
        var fee = await AnsweredAsync(store, ids, "Thủ tục cấp tài khoản thư điện tử có mất lệ phí không?", "Không thu lệ phí.", 0);
        var password = await AnsweredAsync(store, ids, "Quên mật khẩu hộp thư công vụ thì làm thế nào?", "Cấp lại qua cán bộ đầu mối.", 1);
        // The first words, then 2,000 more; the last ones, if counted, would put the fee question first.
        var text = "QUEN MAT KHAU hop thu " + string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"chu{i}")) + " lệ phí thủ tục cấp tài khoản thư điện tử";

        Assert.Equal(AnswerSearchText.MaxWords, AnswerSearchText.Query(text).Count);
        Assert.Equal(Codes(await SearchAsync(store, "QUEN MAT KHAU hop thu")), Codes(await SearchAsync(store, text)));
        Assert.Equal([password, fee], Codes(await SearchAsync(store, text)));
    }

    private static async Task<IReadOnlyList<PublishedAnswer>> SearchAsync(TestStore store, string? text)
    {
        await using var scope = store.Scope();
        return await scope.ServiceProvider.GetRequiredService<IPublishedAnswers>().SearchAsync(TestCatalog.Jurisdiction, text, 10, Ct);
    }

    private static string[] Codes(IEnumerable<PublishedAnswer> answers) => [.. answers.Select(a => a.CaseCode)];

    /// <summary>A question submitted, received and answered <paramref name="day"/> days after the reference moment; its code.</summary>
    private static async Task<string> AnsweredAsync(TestStore store, StoreContractTests.SeedIds ids, string question, string answer, int day)
    {
        var at = CaseBuilder.Now.AddDays(day);
        var c = await OpenQuestionAsync(store, ids, question, at);
        var agent = new CaseActor(ids.Agent, CaseRole.ExecutingAgent);
        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var loaded = (await cases.FindAsync(c.Id, Ct))!;
        loaded.Receive(agent, at, null);
        loaded.Resolve(agent, at, new CaseResult("", DateOnly.FromDateTime(at.Date), answer, [])
        {
            Responder = new Responder("Trung tâm Thử", "Người thử agent", "Chuyên viên"),
        });
        await cases.SaveAsync(loaded, Ct);
        return loaded.Code!;
    }

    private static async Task<Case> OpenQuestionAsync(TestStore store, StoreContractTests.SeedIds ids, string question, DateTimeOffset? at = null)
    {
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-question", UnitId = ids.RequestingUnit, RequesterId = ids.Focal,
            ExecutingUnitId = ids.Center, DecidingUnitId = ids.Center, IsQuestion = true, Answers = FormAnswers.Empty.With("question", question),
        }, at ?? CaseBuilder.Now);
        c.Submit(new CaseActor(ids.Focal, CaseRole.Requester), at ?? CaseBuilder.Now, null);
        await using var scope = store.Scope();
        await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(c, Ct);
        return c;
    }
}
