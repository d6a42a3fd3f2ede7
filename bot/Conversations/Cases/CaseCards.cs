using InternalTthc.Bot.CaseWeb;
using InternalTthc.Bot.Channels;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// The case card as one viewer sees it: the case, and the buttons of what his role allows now (the
/// workflow table decides, never the card). Good for a reply and for a proactive message alike; on
/// Teams it refreshes itself for the people who may act, so each sees his own buttons.
/// </summary>
public sealed class CaseCards(ProcedureCatalog catalog, CaseViews views, IDirectoryStore directory, CaseLinks links, TimeProvider clock)
{
    /// <summary>Teams refreshes at most this many users automatically.</summary>
    private const int MaxRefreshUsers = 60;

    private static readonly (CaseRole Role, Role Holder)[] UnitRoles =
        [(CaseRole.UnitFocalPoint, Role.FocalPoint), (CaseRole.ExecutingAgent, Role.Agent), (CaseRole.DecidingAuthority, Role.DecidingAuthority)];

    /// <summary>
    /// The card under a headline it keeps saying when the case's later changes redraw it (a notification's news). Drawn for
    /// one <paramref name="channel"/> (null: any), the Teams refresh list is read only where that channel refreshes cards.
    /// </summary>
    public async Task<Card> ForViewerAsync(PersonRoles viewer, Case c, string? headline, ChannelCapabilities? channel, CancellationToken ct)
    {
        var card = await CreateAsync(viewer, c, new CaseCardNote(headline) { Refreshes = channel?.UniversalActions ?? true }, ct);
        return card with { Shows = card.Shows! with { Headline = headline } };
    }

    /// <summary>The card with a note: what just happened, or why a press was refused with what was typed kept.</summary>
    public async Task<Card> CreateAsync(PersonRoles viewer, Case c, CaseCardNote note, CancellationToken ct)
    {
        var roles = CaseAccess.RolesFor(viewer, c);
        var verbs = VerbsFor(viewer.Person.Id, roles, c);
        var view = await ViewAsync(c, roles, ct);
        var shows = new ShownCase(c.Id, c.Version, viewer.Person.Id);
        if (c.Code is not { } code)
        {
            return CaseCard.Create(view, note.Text, note.Refused) with { Shows = shows };
        }

        view = links.Add(view, c, code, viewer.Person.Id);
        var agents = note.Inputs && verbs.Contains(CaseVerbs.For(CaseAction.Assign))
            ? await directory.ListHoldersAsync(c.ExecutingUnitId, Role.Agent, ct)
            : [];
        var controls = new CaseControls
        {
            Code = code,
            Verbs = verbs,
            Version = c.Version,
            Agents = [.. agents.Select(a => new InputChoice(a.Id.ToString("N"), a.FullName))],
            Values = note.Values,
            Inputs = note.Inputs,
            Stages = [.. (catalog.Find(c.ProcedureCode)?.Stages ?? []).Select((name, i) => new InputChoice($"{i + 1}", $"{i + 1}. {name}")).Skip(c.Stage)],
        };
        return CaseCard.Create(view, note.Text, note.Refused, controls, note.Refreshes ? await RefreshAsync(c, code, ct) : null) with { Shows = shows };
    }

    /// <summary>The case as the viewer may see it now, marked as an old card without buttons (a newer card of it is below).</summary>
    public async Task<Card> SupersededAsync(PersonRoles viewer, Case c, CancellationToken ct)
    {
        var view = await ViewAsync(c, CaseAccess.RolesFor(viewer, c), ct);
        return CaseCard.Superseded(c.Code is { } code ? links.Add(view, c, code, viewer.Person.Id) : view);
    }

    /// <summary>What a person standing so to the case may do to it now.</summary>
    public static IReadOnlySet<string> VerbsFor(Guid personId, CaseRole roles, Case c)
    {
        var verbs = CaseWorkflow.Transitions
            .Where(t => t.Action != CaseAction.Submit && CaseWorkflow.IsAllowed(t.Action, c.Status, roles))
            .Select(t => CaseVerbs.For(t.Action)).ToHashSet(StringComparer.Ordinal);
        if (verbs.Contains(CaseVerbs.For(CaseAction.Assign)) && c.AssigneeId != personId) verbs.Add(CaseVerbs.Take);
        if (c.Status == CaseStatus.Resolved && c.Rating is null && (roles & (CaseRole.Requester | CaseRole.UnitFocalPoint)) != CaseRole.None) verbs.Add(CaseVerbs.Rate);
        if (c.IsQuestion && verbs.Remove(CaseVerbs.For(CaseAction.Resolve))) verbs.Add(CaseVerbs.Answer);
        if (!c.HasNextStage) verbs.Remove(CaseVerbs.For(CaseAction.MoveToStage));
        return verbs;
    }

    private async Task<CaseView> ViewAsync(Case c, CaseRole roles, CancellationToken ct)
    {
        var procedure = catalog.Find(c.ProcedureCode) ?? throw new InvalidOperationException($"Case {c.Id} names unknown procedure '{c.ProcedureCode}'.");
        var executing = await directory.FindUnitAsync(c.ExecutingUnitId, ct);
        var agency = executing is null ? null : catalog.Successions.AgencyName(executing.Code, Core.Calendar.VietnamTime.Today(clock), executing.Name);
        return await views.CreateAsync(c, procedure, roles, ct) with
        {
            Assignee = c.AssigneeId is { } assignee ? (await directory.FindPersonAsync(assignee, ct))?.FullName : null,
            ExecutingAgency = agency is null ? null : Cards.Menu.PublishedText.Named(agency.Name, agency.Former),
        };
    }

    /// <summary>The accounts, on channels that refresh cards per viewer (Teams), of everyone who may act on the case now; none found leaves the list out.</summary>
    private async Task<CardRefresh> RefreshAsync(Case c, string code, CancellationToken ct)
    {
        Guid[] requester = VerbsFor(c.RequesterId, CaseRole.Requester, c).Count > 0 ? [c.RequesterId] : [];
        var holders = UnitRoles.Where(r => VerbsFor(Guid.Empty, r.Role, c).Count > 0)
            .Select(r => (r.Role switch { CaseRole.UnitFocalPoint => c.UnitId, CaseRole.ExecutingAgent => c.ExecutingUnitId, _ => c.DecidingUnitId }, r.Holder))
            .ToList();
        // Only the accounts listed are read, not every holder (a unit may have hundreds) nor accounts on other channels.
        var accounts = requester.Length == 0 && holders.Count == 0 ? []
            : await directory.ListChannelAccountsAsync(requester, holders, ChannelRegistry.WithUniversalActions, MaxRefreshUsers, ct);
        return new CardRefresh(CardData.Action(CaseVerbs.Refresh, ("code", code)), [.. accounts.Select(a => a.AccountId)]);
    }
}
