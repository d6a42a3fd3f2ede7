using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Cases;

/// <summary>
/// One page of an agent's queue: the filter it was read under (an unknown one reads as <see cref="QueueFilters.All"/>),
/// the procedure filtered by, the cases, and the names of the agents they are assigned to.
/// </summary>
public sealed record AgentQueuePage(string Filter, Procedure? Procedure, CasePage Page, IReadOnlyDictionary<Guid, string> Assignees);
