using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// Typed words no question waits for: what they ask for (<see cref="TextRouter"/>). A greeting, "menu" or "quay lại"
/// go on to the menu.
/// </summary>
public sealed class FreeTextStep(IDirectoryStore directory, TextRouter router) : ITurnStep
{
    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.Person is { } person && !turn.Joined && turn.Activity.Text is { Length: > 0 } text
        && await directory.FindUnitAsync(person.Person.UnitId, cancellationToken) is { } unit
        && await router.RouteAsync(turn.Reply, person, unit, text, cancellationToken);
}
