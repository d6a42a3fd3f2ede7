namespace InternalTthc.Core.Cases;

/// <summary>One row of the workflow: who may do what from which states, and where it leads.</summary>
/// <param name="To">The new status; null when the action does not change it (assigning).</param>
public sealed record CaseTransition(CaseAction Action, IReadOnlySet<CaseStatus> From, CaseRole AllowedRoles, CaseStatus? To);
