using InternalTthc.Bot.Conversations.Cases;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>Teams' Universal Actions: a case button or a card refresh, answered in the invoke response with the card as the invoker may see it.</summary>
public sealed class CardInvokeStep(CaseInvokes invokes) : ITurnStep
{
    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!turn.IsCardInvoke)
        {
            return false;
        }

        turn.Context.InvokeResponse = await invokes.AnswerAsync(turn.Activity, turn.Channel, turn.Person, cancellationToken);
        return true;
    }
}
