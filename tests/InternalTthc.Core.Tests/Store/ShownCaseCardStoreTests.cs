using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// The case cards channels show, on both engines: one record per message, a cap per conversation (older cards marked superseded,
/// to be redrawn as old), versions that only go forward.
/// </summary>
public sealed class ShownCaseCardStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly Guid Viewer = Guid.NewGuid();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Only_the_latest_cards_of_a_case_are_kept_current_per_conversation_and_a_redrawn_message_stays_one_record(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var shown = scope.ServiceProvider.GetRequiredService<IShownCaseCards>();
        var superseding = new List<bool>();
        for (var i = 1; i <= ShownCaseCard.KeptPerConversation + 2; i++)
        {
            superseding.Add(await shown.RecordAsync(Card("a:1on1-29:agent", $"m{i}", 1, At.AddMinutes(i)), Ct));
        }

        Assert.Equal([false, false, false, false, false, true, true], superseding);
        Assert.False(await shown.RecordAsync(Card("19:team@thread.tacv2", "c1", 1, At, shared: true), Ct));
        Assert.False(await shown.RecordAsync(Card("a:1on1-29:agent", "m7", 3, At.AddHours(1)), Ct)); // the same message, redrawn by a press

        var cards = await shown.ListAsync(CaseId, Ct);
        Assert.Equal(["c1", "m1", "m2", "m3", "m4", "m5", "m6", "m7"], cards.Select(c => c.ActivityId).Order());
        Assert.Equal(["m1", "m2"], cards.Where(c => c.SupersededAt is not null).Select(c => c.ActivityId).Order());
        Assert.Equal(At.AddMinutes(7), cards.Single(c => c.ActivityId == "m2").SupersededAt);
        Assert.Equal((3, Viewer), cards.Where(c => c.ActivityId == "m7").Select(c => (c.CaseVersion, c.ViewerId!.Value)).Single());
        Assert.Null(cards.Single(c => c.ActivityId == "c1").ViewerId);
        Assert.Empty(await shown.ListAsync(Guid.NewGuid(), Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_card_is_marked_forward_only_and_forgotten(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var shown = scope.ServiceProvider.GetRequiredService<IShownCaseCards>();
        var card = Card("directline-1", "directline-1|0000002", 2, At);
        await shown.RecordAsync(card, Ct);

        await shown.MarkShownAsync(card.Id, 5, Ct);
        await shown.MarkShownAsync(card.Id, 4, Ct); // a slower update of an older state
        Assert.Equal(5, Assert.Single(await shown.ListAsync(CaseId, Ct)).CaseVersion);

        await shown.ForgetAsync(card.Id, Ct);
        Assert.Empty(await shown.ListAsync(CaseId, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_message_drawn_again_is_held_and_current_no_more_and_recording_tracks_nothing(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var shown = scope.ServiceProvider.GetRequiredService<IShownCaseCards>();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await shown.RecordAsync(Card("a:1on1-29:agent", "m1", 1, At), Ct);
        var first = Assert.Single(await shown.ListAsync(CaseId, Ct));
        await shown.HoldAsync(first.Id, At.AddMinutes(1), Ct);
        await db.ShownCaseCards.Where(c => c.Id == first.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.SupersededAt, At), Ct);

        // The press that held it records what it drew: the same row, the new version and headline, neither held nor superseded.
        var redrawn = Card("a:1on1-29:agent", "m1", 4, At.AddSeconds(5));
        redrawn.Headline = "Đã tiếp nhận";
        Assert.False(await shown.RecordAsync(redrawn, Ct));

        var kept = Assert.Single(await shown.ListAsync(CaseId, Ct));
        Assert.Equal((first.Id, 4, "Đã tiếp nhận", At.AddSeconds(5)), (kept.Id, kept.CaseVersion, kept.Headline, kept.ShownAt));
        Assert.Null(kept.HeldUntil);
        Assert.Null(kept.SupersededAt);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    private static ShownCaseCard Card(string conversationId, string activityId, int version, DateTimeOffset at, bool shared = false) => new()
    {
        CaseId = CaseId, ChannelId = "msteams", ConversationId = conversationId, ActivityId = activityId, ViewerId = shared ? null : Viewer, CaseVersion = version, ShownAt = at,
    };
}
