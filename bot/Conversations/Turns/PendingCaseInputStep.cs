using InternalTthc.Bot.Conversations.Cases;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// What a pressed case button waits for before anything else: a reason typed on a text channel, or the result's files. The
/// case actions are made only when something waits (the state is the one the turn read at its start).
/// </summary>
public sealed class PendingCaseInputStep(PendingCaseActions pending, Lazy<CaseActions> cases) : ITurnStep
{
    public static bool Concerns(Turn turn) =>
        turn.Person is not null && !turn.Joined && (turn.Activity.Text is { Length: > 0 } || turn.Activity.Attachments is { Count: > 0 });

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.Person is { } person && await pending.LoadAsync(person.Person.Id, cancellationToken) is not null
        && await cases.Value.OnMessageAsync(turn.Reply, person, turn.Activity, cancellationToken);
}
