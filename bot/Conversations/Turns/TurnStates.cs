using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Handoff;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// The conversation states the steps of a turn read — a takeover, the person's pending case action and open form, the
/// menu last shown, the not-understood count — read from the store in one query before the steps run, instead of one
/// query each (issue 14). Kept for this turn only: the next turn, on any instance, reads them again.
/// </summary>
public sealed class TurnStates(IConversationStateStore states)
{
    public Task PrefetchAsync(Turn turn, CancellationToken cancellationToken)
    {
        var keys = new List<string>(5);
        var (channelId, conversationId) = (turn.Activity.ChannelId, turn.Activity.Conversation?.Id);
        if (channelId is not null && turn.Activity.From?.Id is { } accountId) keys.Add(StoredHumanTakeover.Key(channelId, accountId));
        if (turn.Person is { } person)
        {
            keys.Add(PendingCaseActions.Key(person.Person.Id));
            keys.Add(FormSessions.Key(person.Person.Id));
            if (conversationId is not null)
            {
                keys.Add(MenuShown.Key(channelId, conversationId));
                keys.Add(NotUnderstoodCount.Key(channelId ?? "", conversationId));
            }
        }

        return keys.Count > 1 ? states.PrefetchAsync(keys, cancellationToken) : Task.CompletedTask;
    }
}
