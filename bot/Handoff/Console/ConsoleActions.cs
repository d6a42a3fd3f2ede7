using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// What an agent does in the console, through the same desk and relay as in chat: take, write, pass on, end, take a
/// conversation over unasked, attach it to a case. Each answers in Vietnamese what happened (null: nothing to say).
/// </summary>
public sealed class ConsoleActions(
    IHandoffStore store, IDirectoryStore directory, HandoffDesk desk, HandoffRelay relay, CaseService cases,
    HandoffContextReader contexts, HandoffAgencies agencies, HandoffConversations conversations)
{
    public async Task<string> TakeAsync(PersonRoles agent, Guid id, CancellationToken ct)
    {
        var (outcome, h, other) = await desk.TakeAsync(id, agent, null, null, ct);
        return outcome switch
        {
            HandoffDesk.TakeOutcome.Taken => HandoffText.Get("ConsoleTaken", HandoffContext.Read(h!.Context)?.RequesterName ?? ""),
            HandoffDesk.TakeOutcome.TakenByOther => HandoffText.Get("TakenByOther", other ?? ""),
            HandoffDesk.TakeOutcome.NotAllowed => HandoffText.Get("ConsoleNotYours"),
            _ => HandoffText.Get("RequestClosed"),
        };
    }

    public async Task<string?> SendAsync(PersonRoles agent, Guid id, string text, IReadOnlyList<HandoffFile> files, CancellationToken ct)
    {
        if (await HeldAsync(agent, id, ct) is not { } h) return HandoffText.Get("ConsoleNotYours");
        if (string.IsNullOrWhiteSpace(text) && files.Count == 0) return HandoffText.Get("ConsoleEmpty");
        await relay.FromAgentAsync(h, agent, text, files, ct);
        return null;
    }

    public async Task<string> EndAsync(PersonRoles agent, Guid id, CancellationToken ct)
    {
        if (await HeldAsync(agent, id, ct) is not { } h) return HandoffText.Get("ConsoleNotYours");
        return await desk.EndAsync(h, HandoffEnd.ByAgent, null, ct) ? HandoffText.Get("ConsoleEnded") : HandoffText.Get("RequestClosed");
    }

    public async Task<string> TransferAsync(PersonRoles agent, Guid id, string login, CancellationToken ct)
    {
        if (await HeldAsync(agent, id, ct) is not { } h) return HandoffText.Get("ConsoleNotYours");
        var to = await directory.FindPersonByLoginAsync(login.Trim(), ct) is { Active: true } person ? await directory.GetPersonRolesAsync(person.Id, ct) : null;
        return to is not null && await desk.TransferAsync(h, agent, to, ct)
            ? HandoffText.Get("ConsoleTransferredTo", to.Person.FullName) : HandoffText.Get("ConsoleNoSuchColleague", login);
    }

    /// <summary>Joins a person's latest conversation unasked (a stuck form): he must be within one of the agent's agencies.</summary>
    public async Task<(string Message, Guid? Id)> TakeOverAsync(PersonRoles agent, string login, CancellationToken ct)
    {
        var refused = (HandoffText.Get("ConsoleNoSuchPerson", login), (Guid?)null);
        if (await directory.FindPersonByLoginAsync(login.Trim(), ct) is not { Active: true } person
            || await directory.GetPersonRolesAsync(person.Id, ct) is not { } requester
            || await directory.FindUnitAsync(person.UnitId, ct) is not { } unit)
        {
            return refused;
        }

        var form = await contexts.OpenFormAsync(person.Id, ct);
        if (await agencies.ForAsync(unit, form?.Procedure, form?.Answers ?? FormAnswers.Empty, ct) is not { } agency || !agent.Holds(Role.Agent, agency.Id))
        {
            return refused;
        }

        // His conversation used last, on a channel the relay can write to later.
        foreach (var account in await directory.ListChannelAccountsAsync([person.Id], null, ct))
        {
            if (await conversations.PersonalAsync(account.ChannelId, account.AccountId, ct) is not { Conversation.Id: { } conversationId } reference)
            {
                continue;
            }

            if (await store.FindOpenAsync(reference.ChannelId!, conversationId, ct) is not null)
            {
                return (HandoffText.Get("ConsoleAlreadyOpen", person.FullName), null);
            }

            var context = await contexts.ReadAsync(requester, unit, form?.Session, conversationId, null, ct);
            var h = await desk.TakeOverAsync(agent, agency.Id, requester, reference.ChannelId!, conversationId, context, ct);
            return h is null ? refused : (HandoffText.Get("ConsoleTookOver", person.FullName), h.Id);
        }

        return (HandoffText.Get("ConsoleNoConversation", person.FullName), null);
    }

    /// <summary>Attaches the conversation (and so its transcript) to a case the agent may see.</summary>
    public async Task<string> AttachCaseAsync(PersonRoles agent, Guid id, string code, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } h || !HandoffDesk.MayHandle(agent, h)) return HandoffText.Get("ConsoleNotYours");
        try
        {
            var c = await cases.FindForAsync(agent.Person.Id, code.Trim(), ct);
            await store.AttachCaseAsync(h.Id, c.Id, ct);
            var text = HandoffText.Get("CaseAttached", c.Code!);
            await relay.NoteAsync(h, text, ct);
            return text;
        }
        catch (CaseNotFoundException)
        {
            return HandoffText.Get("ConsoleCaseNotFound", code);
        }
    }

    private async Task<HandoffRequest?> HeldAsync(PersonRoles agent, Guid id, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { Status: HandoffStatus.Active } h && h.AgentId == agent.Person.Id ? h : null;
}
