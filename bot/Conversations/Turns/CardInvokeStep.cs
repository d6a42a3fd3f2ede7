using InternalTthc.Bot.Conversations.Cases;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>Teams' Universal Actions: a case button or a card refresh, answered in the invoke response with the card as the invoker may see it.</summary>
public sealed class CardInvokeStep(CaseInvokes invokes) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.IsCardInvoke;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Context.InvokeResponse = await invokes.AnswerAsync(turn.Activity, turn.Channel, turn.Person, cancellationToken);
        return true;
    }
}
