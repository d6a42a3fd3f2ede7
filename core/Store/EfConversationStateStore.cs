using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// States in the store. A turn's steps read the same state more than once (the open form, then the menu's "tiếp tục?"):
/// a read is kept for the scope (one turn) and forgotten by any write to its key, so a write never serves a value a
/// rolled-back attempt saved; writes still go to the store at once, guarded by the version (on SQLite committed with
/// other turns' writes by <see cref="GroupCommit"/>).
/// </summary>
internal sealed class EfConversationStateStore(TthcDbContext db, GroupCommit writes, TurnQueries queries, SqliteTurnReads sqlite, PostgresTurnReads postgres) : IConversationStateStore
{
    private readonly Dictionary<string, StoredState?> _read = new(StringComparer.Ordinal);

    public async Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(key, out var state))
        {
            state = await db.ConversationStates.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
            _read[key] = state;
        }

        return state;
    }

    public async Task PrefetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Where(k => !_read.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var key in wanted)
        {
            _read[key] = null;
        }

        // On PostgreSQL those the sighting read with it are served, the others read here.
        var unread = postgres.Applies ? postgres.TakeStates(wanted, _read) : wanted;
        if (unread.Count == 0)
        {
            return;
        }

        if (sqlite.Applies && wanted.Count <= SqliteTurnReads.MaxKeys)
        {
            foreach (var state in sqlite.States(wanted))
            {
                _read[state.Key] = state;
            }

            return;
        }

        await foreach (var state in queries.StatesByKeys(db, [.. unread]).WithCancellation(cancellationToken))
        {
            _read[state.Key] = state;
        }
    }

    public async Task<int?> SaveAsync(string key, string payload, int? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Forget(key);
        if (expectedVersion is not { } version)
        {
            var inserted = await writes.RunAsync(db, Row(key),
                $"INSERT INTO conversation_states (key, payload, version, updated_at) VALUES ({key}, {payload}, 1, {at.UtcDateTime}) ON CONFLICT (key) DO NOTHING",
                cancellationToken);
            return inserted == 1 ? 1 : null;
        }

        var updated = await writes.RunAsync(db, Row(key), VersionedUpdate(key, payload, version, at), cancellationToken);
        return updated == 1 ? version + 1 : null;
    }

    /// <summary>The state saved over <paramref name="version"/>: one row affected, or none when another save came first.</summary>
    internal static FormattableString VersionedUpdate(string key, string payload, int version, DateTimeOffset at) =>
        $"UPDATE conversation_states SET payload = {payload}, version = {version + 1}, updated_at = {at.UtcDateTime} WHERE key = {key} AND version = {version}";

    public async Task<int> ReplaceAsync(string key, string payload, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Forget(key);
        await writes.RunAsync(db, Row(key),
            $"INSERT INTO conversation_states (key, payload, version, updated_at) VALUES ({key}, {payload}, 1, {at.UtcDateTime}) ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, version = 1, updated_at = excluded.updated_at",
            cancellationToken);
        return 1;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        Forget(key);
        return writes.RunAsync(db, Row(key), $"DELETE FROM conversation_states WHERE key = {key}", cancellationToken);
    }

    public void Forget(string key)
    {
        _read.Remove(key);
        postgres.Forget(key);
    }

    private static string Row(string key) => "conversation_states:" + key;
}
