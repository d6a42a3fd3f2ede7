using InternalTthc.Bot.Handoff;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// Typed words no question waits for: what they ask for (<see cref="TextRouter"/>). Words it does not understand get
/// one card (the nearest procedures and the way to a person), never the menu; the second time in a row, and when a person is asked for or a critical
/// incident reported, the conversation is handed to a person (<see cref="HandoffRequests"/>, made only then).
/// </summary>
public sealed class FreeTextStep(IDirectoryStore directory, TextRouter router, NotUnderstoodCount notUnderstood, Lazy<HandoffRequests> handoffs) : ITurnStep
{
    /// <summary>How many times in a row the bot may not understand before a person is called.</summary>
    public const int NotUnderstoodLimit = 2;

    public static bool Concerns(Turn turn) => turn.Person is not null && !turn.Joined && turn.Activity.Text is { Length: > 0 };

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Person is not { } person || turn.Activity.Text is not { } text
            || await directory.FindUnitAsync(person.Person.UnitId, cancellationToken) is not { } unit)
        {
            return false;
        }

        var route = await router.RouteAsync(turn.Reply, person, unit, text,
            ct => handoffs.Value.RequestAsync(turn, HandoffReason.CriticalIncident, text, ct), cancellationToken);
        var (channelId, conversationId) = (turn.Activity.ChannelId ?? "", turn.Activity.Conversation?.Id ?? "");
        if (route == TextRoute.NotUnderstood)
        {
            if (await notUnderstood.AddAsync(channelId, conversationId, cancellationToken) < NotUnderstoodLimit) return true;
            await handoffs.Value.RequestAsync(turn, HandoffReason.NotUnderstood, text, cancellationToken);
        }
        else if (route == TextRoute.Human)
        {
            await handoffs.Value.RequestAsync(turn, HandoffReason.Asked, text, cancellationToken);
        }

        await notUnderstood.ResetAsync(channelId, conversationId, cancellationToken);
        return route != TextRoute.Menu;
    }
}
