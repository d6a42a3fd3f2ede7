using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Handoff;
using InternalTthc.Cards.Handoff;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A channel account linked to nobody may still talk to a person of the agency (<see cref="GuestHandoffs"/>): while an
/// agent has him, his messages and files go to the agent, and "kết thúc" (or the request's own button) ends it.
/// </summary>
public sealed class GuestHandoffStep(IHandoffStore store, GuestHandoffs guests, HandoffRelay relay, HandoffDesk desk) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is null && turn.Activity.IsType(ActivityTypes.Message);

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        if (await store.FindOpenAsync(channelId, conversationId, cancellationToken) is { } open)
        {
            if (HandoffWords.Read(activity.Text) == HandoffWords.Said.End || (turn.Action is { } action && HandoffActions.IsHandoffAction(action)))
            {
                await desk.EndAsync(open, HandoffEnd.ByRequester, turn.Reply, cancellationToken);
                return true;
            }

            if (open.Status == HandoffStatus.Active && turn.Action is null)
            {
                var author = HandoffContext.Read(open.Context)?.RequesterName ?? "";
                await relay.FromRequesterAsync(open, author, activity, turn.Reply, cancellationToken);
                return true;
            }
        }

        return await guests.TryRequestAsync(turn, cancellationToken);
    }
}
