using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// Reads sent in a PostgreSQL group-commit batch after its writes, before its commit (<see cref="PostgresTurnReads.RideWith"/>):
/// <see cref="Commands"/> made anew for each attempt, <see cref="Read"/> given the reader on their first result, and
/// <see cref="Committed"/> called once the batch's transaction committed. A batch run otherwise (one statement at a time,
/// SQLite) leaves them unread, and the turn reads them itself.
/// </summary>
internal sealed record ReadsAlong(
    Func<IReadOnlyList<NpgsqlBatchCommand>> Commands, Func<NpgsqlDataReader, CancellationToken, Task> Read, Action Committed);
