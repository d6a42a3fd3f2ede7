namespace InternalTthc.Core.Cases;

/// <summary>Where cases live. Saving is atomic: the case, its timeline, its outbox rows and its code.</summary>
public interface ICaseStore
{
    Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Case?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>The case's version as committed now (whatever copy this scope holds); null when there is no such case.</summary>
    Task<int?> FindVersionAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds a new case and saves it.</summary>
    Task AddAsync(Case c, CancellationToken cancellationToken) => AddAsync(c, null, cancellationToken);

    /// <summary>
    /// Adds a new case and saves it, with <paramref name="mark"/> (when given) in the same transaction; throws
    /// <see cref="FilingMarkLostException"/>, with nothing saved, when the mark's state moved past its version.
    /// </summary>
    Task AddAsync(Case c, FilingMark? mark, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the changes of a loaded case in one transaction, giving it a code when it has just
    /// been submitted. Throws <see cref="CaseConflictException"/> when someone else changed it first.
    /// </summary>
    Task SaveAsync(Case c, CancellationToken cancellationToken) => SaveAsync(c, null, cancellationToken);

    /// <summary>Saves as <see cref="SaveAsync(Case, CancellationToken)"/>, with <paramref name="mark"/> as <see cref="AddAsync(Case, FilingMark?, CancellationToken)"/> does.</summary>
    Task SaveAsync(Case c, FilingMark? mark, CancellationToken cancellationToken);

    /// <summary>A page of a unit's open cases, newest first; only one requester's when <paramref name="requesterId"/> is given.</summary>
    Task<CasePage> PageOpenForUnitAsync(Guid unitId, Guid? requesterId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>A page of an executing unit's queue as <paramref name="query"/> asks, filtered and ordered by the store (indexed).</summary>
    Task<CasePage> PageQueueAsync(QueueQuery query, CancellationToken cancellationToken);

    /// <summary>The procedures of the cases in these executing units' queues (the queue's "by procedure" choices).</summary>
    Task<IReadOnlyList<string>> ListQueueProceduresAsync(IReadOnlyList<Guid> executingUnitIds, CancellationToken cancellationToken);

    /// <summary>Whether the unit submitted a case of the procedure since <paramref name="since"/> (yearly reminders skip units that did).</summary>
    Task<bool> HasSubmittedSinceAsync(Guid unitId, string procedureCode, DateTimeOffset since, CancellationToken cancellationToken);
}
