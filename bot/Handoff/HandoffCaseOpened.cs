using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// An agent filed a case from a conversation: it is attached to the conversation (which keeps its transcript), noted in
/// the transcript, shown to the person in his chat as his case card, and his own form of that procedure stops waiting.
/// </summary>
public sealed class HandoffCaseOpened(IHandoffStore store, HandoffRelay relay, HandoffConversations conversations, CaseCards cards, FormSessions sessions)
{
    public async Task TellAsync(HandoffRequest h, PersonRoles agent, PersonRoles requester, Case filed, Procedure procedure, CancellationToken ct)
    {
        var told = HandoffText.Get("CaseOpenedFor", HandoffRelay.AgentName(agent.Person), filed.Code!, procedure.DisplayName);
        await store.AttachCaseAsync(h.Id, filed.Id, ct);
        await relay.NoteAsync(h, told, ct);
        await conversations.SendAsync(h.ChannelId, h.ConversationId, await cards.ForViewerAsync(requester, filed, told, null, ct), ct);
        if (await sessions.LoadAsync(requester.Person.Id, ct) is { Session: { IsOpen: true } open } && open.ProcedureCode == procedure.Code)
        {
            await sessions.DeleteAsync(requester.Person.Id, ct);
        }
    }
}
