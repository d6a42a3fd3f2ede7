using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace InternalTthc.Core.Store;

/// <summary>
/// PostgreSQL's execution strategy: a server restart ends every pooled connection (57P01 and friends) and the unit of
/// work is run again on a fresh one. A connection ended between the last statement and the commit surfaces as the
/// transaction being disposed, with the server's reason inside; the commit was never sent, so that is retried too.
/// </summary>
internal sealed class PostgresRestartRetry(ExecutionStrategyDependencies dependencies, StoreOptions options)
    : NpgsqlRetryingExecutionStrategy(dependencies, options.MaxRetries, options.MaxRetryDelay, ["57P01", "57P02", "57P03"])
{
    protected override bool ShouldRetryOn(Exception? exception) =>
        base.ShouldRetryOn(exception) || exception is ObjectDisposedException { InnerException: { } reason } && base.ShouldRetryOn(reason);
}
