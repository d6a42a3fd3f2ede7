using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Core.Store;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// The bot people talk to: makes the turn — who is writing (once), what the channel can do, the reply — and hands it to
/// the steps of <see cref="TurnPipeline"/>, in their order, until one answers; the states they read are read at once first.
/// A step is made from the turn's scope (<paramref name="services"/>) only when the turn concerns it.
/// </summary>
public sealed class TthcBot(
    PersonResolver people, ConversationReplies replies, TurnStates states, IConnectionHold connection, TurnWrites writes, TurnSteps steps,
    IServiceProvider services) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!Turn.Answers(turnContext.Activity))
        {
            return;
        }

        // One store connection for the whole turn, not one taken from the pool and given back per command.
        await using var held = await connection.HoldAsync(cancellationToken);
        writes.Begin();
        var channel = ChannelRegistry.For(turnContext.Activity.ChannelId);
        var person = await people.ResolveAsync(turnContext, channel, cancellationToken);
        // His own choice, never the client's locale: Teams in Vietnamese agencies often runs en-US.
        ResourceTexts.Use(person?.Person.Language);
        var turn = new Turn(turnContext, person, channel, replies.For(turnContext, channel));
        await states.PrefetchAsync(turn, cancellationToken);
        foreach (var step in steps.InOrder)
        {
            if (step.Concerns(turn) && await step.Make(services).HandleAsync(turn, cancellationToken))
            {
                break;
            }
        }

        // The account's last sight rode with the turn's other writes: the turn ends (is acknowledged) once it committed.
        await writes.CommittedAsync();
    }
}
