using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// Every invoke that is not a card's Universal Action (a task module's fetch, a message extension, sign-in, file consent...):
/// answered with a short message in the shape Teams expects for it, never left to the endpoint's 501, which Teams shows as an error.
/// </summary>
public sealed class OtherInvokeStep : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Activity.IsType(ActivityTypes.Invoke) && !turn.IsCardInvoke;

    public Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Context.InvokeResponse = InvokeMessage.For(turn.Activity.Name, CardText.Get("InvokeNotSupported"));
        return Task.FromResult(true);
    }
}
