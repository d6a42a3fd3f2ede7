using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Store;

/// <summary>
/// What every turn does with the store, done once at start so that ready means fast: the turn's reads (prepared or
/// compiled, as the turn makes them) and its versioned state write (EF compiles it on first use), the group commit's
/// writers started, and the connection pool
/// holding as many connections as turns that run at once here (on PostgreSQL each is a new server backend, opened in
/// tens of milliseconds). Every key is one no turn uses: the reads find nothing and the writes change no row.
/// </summary>
public sealed class StoreWarmUp(IServiceScopeFactory scopes)
{
    private const string Channel = "warm-up";
    private const int TurnsAtOnce = 4;

    public Task WarmAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, TurnsAtOnce).Select(turn => TurnAsync($"{Channel}:{turn}", cancellationToken)));

    private async Task TurnAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();
        // The pool hands the same connection to one turn after another: keep this one open so the turns take one each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ReadAsTurnsDoAsync(scope.ServiceProvider, db, key, cancellationToken);
            await states.PrefetchAsync([key], cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Versioned: a state that is not there at version 1 is not written.
        await states.SaveAsync(key, "{}", expectedVersion: 1, DateTimeOffset.UnixEpoch, cancellationToken);
    }

    // The reads a turn makes where it makes them: on a SQLite file the prepared statements (and their kept connections),
    // on PostgreSQL the sighting's batch, elsewhere EF's compiled queries (PostgreSQL's for an account's first turn).
    private static async Task ReadAsTurnsDoAsync(IServiceProvider services, TthcDbContext db, string key, CancellationToken cancellationToken)
    {
        var sqlite = services.GetRequiredService<SqliteTurnReads>();
        if (sqlite.Applies)
        {
            sqlite.See(Channel, key);
            sqlite.AnyHandoff(Guid.Empty, Channel, key);
            return;
        }

        var queries = services.GetRequiredService<TurnQueries>();
        var postgres = services.GetRequiredService<PostgresTurnReads>();
        if (postgres.Applies)
        {
            await postgres.SeeAsync(Channel, key, cancellationToken);
        }
        else
        {
            await queries.See(db, Channel, key, cancellationToken);
        }

        await queries.HandoffsInConversation(db, Guid.Empty, Channel, key).ToListAsync(cancellationToken);
    }
}
