using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>What the console reads: the agent's queue (his agencies' open requests), and one request with its transcript.</summary>
public sealed class ConsoleViews(IHandoffStore store, IDirectoryStore directory, HandoffFiles files, CannedReplies canned, ConsoleCasePanel cases, TimeProvider clock)
{
    public async Task<ConsoleState> StateAsync(PersonRoles agent, CancellationToken ct)
    {
        var open = await store.ListOpenAsync(HandoffAgencies.Of(agent), ct);
        var rows = new List<ConsoleRow>();
        foreach (var h in open.OrderByDescending(h => h.Status == HandoffStatus.Waiting).ThenByDescending(h => h.Critical).ThenBy(h => h.RequestedAt))
        {
            var context = HandoffContext.Read(h.Context)!;
            rows.Add(new ConsoleRow(h.Id.ToString("N"), context.RequesterName, context.UnitName, HandoffText.Get($"Reason{h.Reason}"), h.Critical,
                Status(h.Status), await NameAsync(h.AgentId, ct), h.AgentId == agent.Person.Id, VietnamTime.Format(h.RequestedAt),
                (int)(clock.GetUtcNow() - h.RequestedAt).TotalMinutes));
        }

        var online = (await store.OnlineAsync([agent.Person.Id], ct)).Count == 1;
        var unit = await directory.FindUnitAsync(agent.Person.UnitId, ct);
        return new ConsoleState(agent.Person.FullName, agent.Person.Login, online, rows, canned.For(unit?.JurisdictionCode));
    }

    /// <summary>The request as the agent may see it; null when it is not his agency's.</summary>
    public async Task<ConsoleConversation?> ConversationAsync(PersonRoles agent, Guid id, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } h || !HandoffDesk.MayHandle(agent, h) || HandoffContext.Read(h.Context) is not { } context)
        {
            return null;
        }

        var lines = (await store.TranscriptAsync(id, ct)).Select(m => new ConsoleLine(m.Side.ToString(), m.Author, m.Text, VietnamTime.Format(m.At),
            [.. files.LinksFor(id, HandoffFile.Read(m.Files), agent.Person.Id).Select(l => new ConsoleLink(l.Name, l.Url.ToString()))])).ToList();
        var attached = h.CaseId is { } caseId ? await cases.ReadAsync(agent, caseId, ct) : null;
        return new ConsoleConversation(h.Id.ToString("N"), Status(h.Status), h.Status == HandoffStatus.Active, h.AgentId == agent.Person.Id, h.Critical, context.RequesterName, context.UnitName,
            HandoffText.Get($"Reason{h.Reason}"), context, lines, attached?.Code, attached, await NameAsync(h.AgentId, ct))
        {
            // A person linked to nobody has no case opened for him: the console says why instead of offering it.
            CannotOpenCase = await directory.GetPersonRolesAsync(h.RequesterId, ct) is null ? HandoffText.Get("ConsoleGuestCannotFile") : null,
        };
    }

    private static string Status(HandoffStatus status) => HandoffText.Get($"ConsoleStatus{status}");

    private async Task<string?> NameAsync(Guid? personId, CancellationToken ct) =>
        personId is { } id ? (await directory.FindPersonAsync(id, ct))?.FullName : null;
}
