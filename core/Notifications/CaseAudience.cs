using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Notifications;

/// <summary>The people a case concerns, found in the directory: the requester's side, the agents handling it, its deciding authority.</summary>
public sealed class CaseAudience(IDirectoryStore directory)
{
    /// <summary>The requester and his unit's focal points (the case is the unit's as well as his).</summary>
    public async Task<IReadOnlyList<Guid>> RequesterSideAsync(Case c, CancellationToken ct) => [c.RequesterId, .. await FocalPointsAsync(c, ct)];

    /// <summary>The assigned agent, or the executing agency's whole queue while nobody has taken the case.</summary>
    public async Task<IReadOnlyList<Guid>> HandlersAsync(Case c, CancellationToken ct) =>
        c.AssigneeId is { } assignee ? [assignee] : await HoldersAsync(c.ExecutingUnitId, Role.Agent, ct);

    public Task<IReadOnlyList<Guid>> DecidingAuthorityAsync(Case c, CancellationToken ct) => HoldersAsync(c.DecidingUnitId, Role.DecidingAuthority, ct);

    /// <summary>The executing agency's leaders: overdue cases are escalated to them.</summary>
    public Task<IReadOnlyList<Guid>> LeadersAsync(Case c, CancellationToken ct) => HoldersAsync(c.ExecutingUnitId, Role.Leader, ct);

    public Task<IReadOnlyList<Guid>> FocalPointsAsync(Case c, CancellationToken ct) => HoldersAsync(c.UnitId, Role.FocalPoint, ct);

    private async Task<IReadOnlyList<Guid>> HoldersAsync(Guid unitId, Role role, CancellationToken ct) =>
        [.. (await directory.ListHoldersAsync(unitId, role, ct)).Select(p => p.Id)];
}
