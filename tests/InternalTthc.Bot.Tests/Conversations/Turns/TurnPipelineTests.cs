using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations.Turns;

/// <summary>The bot as an ordered list of steps: the order, and a step that answers ending the turn.</summary>
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
            scope.ServiceProvider.GetServices<ITurnStep>().Select(s => s.GetType()));
    }

    [Fact]
    public async Task The_first_step_that_answers_ends_the_turn_and_every_step_sees_the_same_turn()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var (passes, answers, later) = (new Step(false), new Step(true), new Step(true));
        var bot = Bot(scope, passes, answers, later);

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

        await Bot(scope, step).OnTurnAsync(new TurnContext(Message(null) with { Type = ActivityTypes.Typing }, new RecordingSender()), Ct);

        Assert.Null(step.Seen);
    }

    private static TthcBot Bot(AsyncServiceScope scope, params ITurnStep[] steps) =>
        new(scope.ServiceProvider.GetRequiredService<PersonResolver>(), scope.ServiceProvider.GetRequiredService<ConversationReplies>(),
            scope.ServiceProvider.GetRequiredService<TurnStates>(), scope.ServiceProvider.GetRequiredService<Core.Store.IConnectionHold>(),
            scope.ServiceProvider.GetRequiredService<Core.Store.TurnWrites>(), steps);

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
