namespace InternalTthc.Core.Store;

/// <summary>
/// Several store writes of one request made as one transaction (e.g. a Direct Line message and its delivery record):
/// all or none are kept, whatever happens to the process in between. Retried whole on a transient failure.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in one transaction; inside another unit it joins that one.</summary>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="action"/> once the open unit committed (at once when none is open): news of rows others can read only then.</summary>
    void AfterCommit(Action action);
}
