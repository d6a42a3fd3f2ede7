using System.Collections.Concurrent;
using System.Data.Common;
using InternalTthc.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>Every SQL command the service runs through EF and every commit, in order: what one turn costs the store.</summary>
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

    /// <summary>The setting that logs the store's prepared reads (<c>PreparedReads</c>): they run outside EF and its interceptors.</summary>
    public const string PreparedReadsLevel = "Logging:LogLevel:InternalTthc.Core.Store.PreparedReads";

    /// <summary>The setting that logs SQLite's group commit batches (<c>PreparedWrites</c>), also outside EF.</summary>
    public const string PreparedWritesLevel = "Logging:LogLevel:InternalTthc.Core.Store.PreparedWrites";

    private const string Prepared = "Executed prepared ";

    /// <summary>
    /// The prepared statements <paramref name="host"/> logged from entry <paramref name="from"/> on, each as "SQL -- prepared",
    /// and a prepared batch's commit as "COMMIT".
    /// </summary>
    public static IEnumerable<string> PreparedStatements(ServiceTestHost host, int from) =>
        host.Logs.Entries.Skip(from).Select(e => e.Message).Where(m => m.StartsWith(Prepared, StringComparison.Ordinal))
            .Select(m => m[Prepared.Length..].TrimStart()).Select(sql => sql == "COMMIT" ? sql : sql + " -- prepared");

    /// <summary>A prepared statement that reads.</summary>
    public static bool IsPreparedRead(string command) => command.EndsWith(" -- prepared", StringComparison.Ordinal) && !IsWrite(command);

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
