namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>A channel account linked to nobody: procedures to read, published answers to search, and how to get linked.</summary>
public sealed class GuestStep(GuestAnswers guests) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is null;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        await guests.AnswerAsync(turn.Reply, turn.Action, turn.Activity.Value, turn.Activity.Text, cancellationToken);
        return true;
    }
}
