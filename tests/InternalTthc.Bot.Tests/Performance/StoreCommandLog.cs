using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>Every SQL command the service runs and every commit, in order: what one turn costs the store.</summary>
public sealed class StoreCommandLog : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentQueue<string> _entries = [];

    /// <summary>The commands (first words) and "COMMIT" for each committed transaction since the last <see cref="Take"/>.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (_entries.TryDequeue(out var entry))
        {
            taken.Add(entry);
        }

        return taken;
    }

    public static bool IsWrite(string command) =>
        command.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
        || command.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
        || command.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        new(Record(command, eventData, result));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        new(Record(command, eventData, result));

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        new(Record(command, eventData, result));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _entries.Enqueue("COMMIT");
        return Task.CompletedTask;
    }

    private T Record<T>(DbCommand command, CommandEventData eventData, T result)
    {
        var text = command.CommandText.TrimStart();
        // A write outside a transaction commits by itself.
        _entries.Enqueue(command.Transaction is null && IsWrite(text) ? $"{text} -- COMMIT" : text);
        return result;
    }
}
