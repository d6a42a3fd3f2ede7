using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Handoff;
using InternalTthc.Cards.Handoff;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// The hand-off relay: while an agent has the conversation, the requester's messages go to him and the agent's to the
/// requester, and the bot is silent except for "kết thúc"; a waiting request can be withdrawn the same way. Also the
/// Bot Framework's <c>handoff.initiate</c> event, and an agent's "trực tuyến" / "vắng mặt". Relay, desk and requests are made
/// only for a turn that uses them: nearly every message is in a conversation with no hand-off.
/// </summary>
public sealed class HandoffRelayStep(
    IHandoffStore store, Lazy<HandoffRelay> relay, Lazy<HandoffDesk> desk, Lazy<HandoffRequests> requests, IOptions<HandoffOptions> options) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is not null;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (turn.Person is not { } person || activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        if (Turn.IsHandoffInitiate(activity))
        {
            // Our service is the hub: the client's request is taken like words asking for a person.
            if (options.Value.AcceptInitiateEvent) await requests.Value.RequestAsync(turn, HandoffReason.Protocol, null, cancellationToken);
            return true;
        }

        if (!activity.IsType(ActivityTypes.Message) || turn.Action is not null)
        {
            return false;
        }

        var said = HandoffWords.Read(activity.Text);
        var (held, open) = await store.FindInConversationAsync(person.Person.Id, channelId, conversationId, cancellationToken);
        if (held is not null)
        {
            if (said == HandoffWords.Said.End) await desk.Value.EndAsync(held, HandoffEnd.ByAgent, turn.Reply, cancellationToken);
            else await relay.Value.FromAgentMessageAsync(held, person, activity, turn.Reply, cancellationToken);
            return true;
        }

        if (open is not null)
        {
            if (said == HandoffWords.Said.End)
            {
                await desk.Value.EndAsync(open, HandoffEnd.ByRequester, turn.Reply, cancellationToken);
                return true;
            }

            if (open.Status == HandoffStatus.Active)
            {
                await relay.Value.FromRequesterAsync(open, person.Person.FullName, activity, turn.Reply, cancellationToken);
                return true;
            }
        }

        if (said is HandoffWords.Said.Online or HandoffWords.Said.Away && person.HoldsAnywhere(Role.Agent))
        {
            await desk.Value.SetPresenceAsync(person, said == HandoffWords.Said.Online, cancellationToken);
            await turn.Reply.SendAsync(HandoffNotices.Presence(said == HandoffWords.Said.Online), cancellationToken);
            return true;
        }

        return false;
    }
}
