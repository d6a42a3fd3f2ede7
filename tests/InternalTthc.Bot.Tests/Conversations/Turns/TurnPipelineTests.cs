using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations.Turns;

/// <summary>
/// The bot as an ordered list of steps: the order, a step that answers ending the turn, and a step made only for a turn that
/// concerns it, in that turn's scope.
/// </summary>
public sealed class TurnPipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_turn_goes_through_card_actions_the_hand_off_relay_pending_input_the_open_form_free_text_and_the_menu_in_this_order()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();

        Assert.IsType<TthcBot>(scope.ServiceProvider.GetRequiredService<IBot>());
        Assert.Equal(
            [
                // A takeover outside the bot (the Zalo OA's own chat) silences it for linked and unlinked users alike; linking comes before the guest's answer,
                // and a guest's hand-off (asked for, or under way) before his other answers.
                typeof(CardInvokeStep), typeof(OtherInvokeStep), typeof(GreetingStep), typeof(HumanTakeoverStep), typeof(InternalTthc.Bot.Conversations.Linking.AccountLinkStep),
                typeof(GuestHandoffStep), typeof(GuestStep), typeof(LanguageStep), typeof(CardButtonStep), typeof(HandoffRelayStep),
                typeof(PendingCaseInputStep), typeof(OpenFormStep), typeof(FreeTextStep), typeof(MenuStep),
            ],
            host.Services.GetRequiredService<TurnSteps>().InOrder.Select(s => s.Make(scope.ServiceProvider).GetType()));
    }

    [Fact]
    public async Task A_step_the_turn_does_not_concern_is_never_made()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var (answers, made) = (new Step(true), false);
        TurnStep skipped = new(_ => false, _ => { made = true; return new Step(true); });

        await Bot(scope, [skipped, new TurnStep(_ => true, _ => answers)]).OnTurnAsync(new TurnContext(Message("xin chào"), new RecordingSender()), Ct);

        Assert.False(made);
        Assert.NotNull(answers.Seen);
    }

    [Fact]
    public async Task Each_turn_makes_its_steps_in_its_own_scope_and_shares_none_with_another_turn()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var menu = TurnStep.Of<MenuStep>();

        Assert.Same(menu.Make(first.ServiceProvider), menu.Make(first.ServiceProvider));
        Assert.NotSame(menu.Make(first.ServiceProvider), menu.Make(second.ServiceProvider));
    }

    [Fact]
    public void A_linked_persons_greeting_concerns_neither_the_buttons_nor_invokes_nor_the_guests_steps()
    {
        var turn = new Turn(new TurnContext(Message("xin chào"), new RecordingSender()), Linked(), ChannelRegistry.For(ChannelIds.Directline), null!);

        Assert.False(CardInvokeStep.Concerns(turn) || OtherInvokeStep.Concerns(turn) || GreetingStep.Concerns(turn) || GuestStep.Concerns(turn)
            || GuestHandoffStep.Concerns(turn) || LanguageStep.Concerns(turn) || CardButtonStep.Concerns(turn));
        Assert.True(FreeTextStep.Concerns(turn) && MenuStep.Concerns(turn));
    }

    [Fact]
    public async Task The_first_step_that_answers_ends_the_turn_and_every_step_sees_the_same_turn()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var (passes, answers, later) = (new Step(false), new Step(true), new Step(true));
        var bot = Bot(scope, [.. new[] { passes, answers, later }.Select(s => new TurnStep(_ => true, _ => s))]);

        await bot.OnTurnAsync(new TurnContext(Message("xin chào"), new RecordingSender()), Ct);

        Assert.NotNull(passes.Seen);
        Assert.Same(passes.Seen, answers.Seen);
        Assert.Equal("xin chào", answers.Seen!.Activity.Text);
        Assert.Null(later.Seen);
    }

    [Fact]
    public async Task An_activity_the_bot_does_not_answer_reaches_no_step()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var step = new Step(true);

        await Bot(scope, [new TurnStep(_ => true, _ => step)]).OnTurnAsync(new TurnContext(Message(null) with { Type = ActivityTypes.Typing }, new RecordingSender()), Ct);

        Assert.Null(step.Seen);
    }

    private static TthcBot Bot(AsyncServiceScope scope, TurnStep[] steps) =>
        new(scope.ServiceProvider.GetRequiredService<PersonResolver>(), scope.ServiceProvider.GetRequiredService<ConversationReplies>(),
            scope.ServiceProvider.GetRequiredService<TurnStates>(), scope.ServiceProvider.GetRequiredService<Core.Store.IConnectionHold>(),
            scope.ServiceProvider.GetRequiredService<Core.Store.TurnWrites>(), new TurnSteps(steps), scope.ServiceProvider);

    private static Core.Directory.PersonRoles Linked() => new(new Core.Directory.Person { Login = "lan", FullName = "Nguyễn Thị Lan", UnitId = Guid.NewGuid() }, []);

    private static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message, Id = "m-1", ChannelId = ChannelIds.Directline, ServiceUrl = "http://localhost/", Text = text,
        From = new ChannelAccount { Id = "khach" }, Recipient = new ChannelAccount { Id = "bot" }, Conversation = new ConversationAccount { Id = "conv-khach" },
    };

    /// <summary>A step that records the turn it was given and answers as told.</summary>
    private sealed class Step(bool answers) : ITurnStep
    {
        public Turn? Seen { get; private set; }

        public Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            Seen = turn;
            return Task.FromResult(answers);
        }
    }
}
