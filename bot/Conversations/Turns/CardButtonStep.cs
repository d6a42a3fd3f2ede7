using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Menu;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A pressed button (a card's submit, a text channel's numbered choice), to the handler of its action; an action none
/// of them takes is the open form's (<see cref="FormButtons"/>), which answers any press.
/// </summary>
public sealed class CardButtonStep(IEnumerable<ICardButton> buttons, FormButtons form, CaseActions cases) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is not null && turn.Action is not null;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Person is not { } person || turn.Action is not { } action)
        {
            return false;
        }

        // Another button: whatever a case button was waiting for is no longer wanted. A case button replaces the wait
        // itself; starting a procedure leaves it.
        if (!CaseVerbs.IsCaseVerb(action) && action != CardData.StartProcedure)
        {
            await cases.ForgetAsync(person, cancellationToken);
        }

        var value = turn.Activity.Value!.Value;
        foreach (var button in buttons)
        {
            if (await button.PressAsync(turn, person, action, value, cancellationToken))
            {
                return true;
            }
        }

        return await form.PressAsync(turn, person, action, value, cancellationToken);
    }
}
