namespace InternalTthc.Core.Store;

internal sealed class EfUnitOfWork(TthcDbContext db) : IUnitOfWork
{
    private List<Action>? _afterCommit;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_afterCommit is not null)
        {
            return await work(cancellationToken);
        }

        _afterCommit = [];
        try
        {
            var result = await db.InTransactionAsync(work, cancellationToken);
            foreach (var action in _afterCommit)
            {
                action();
            }

            return result;
        }
        finally
        {
            _afterCommit = null;
        }
    }

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_afterCommit is null)
        {
            action();
        }
        else
        {
            _afterCommit.Add(action);
        }
    }
}
