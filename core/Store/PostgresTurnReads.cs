using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// A PostgreSQL turn's reads in one round trip (issue 14: two instances and the server spent their CPU on round trips).
/// The sighting (who writes) goes in one <see cref="NpgsqlBatch"/> with what the account's last turn here read after it
/// (<see cref="TurnReadHints"/>): its conversation states and whether its conversation has a hand-off. The states and
/// that answer are then served, once, to the turn's <see cref="EfConversationStateStore"/> and <see cref="EfHandoffStore"/>
/// when they ask the same; anything else they ask, or ask again, is read as before. All of it is read at the turn's
/// start, as the states' prefetch was: nothing is kept past the turn. The batch rides, when it can, in the
/// group-commit batch that records the turn's activity (<see cref="RideWith"/>). One per scope (one turn).
/// </summary>
internal sealed class PostgresTurnReads(TthcDbContext db, StoreOptions options, TurnReadHints hints)
{
    private static readonly string SightingSql = TurnReadRows.Sighting("$1", "$2");
    private static readonly string StatesSql = TurnReadRows.StateColumns + " WHERE key = ANY($1)";
    private static readonly string AnyHandoffSql = TurnReadRows.AnyHandoff("$1", "$2", "$3");

    private (string Channel, string Account)? _account;
    private TurnReadHint _hint = TurnReadHint.None;
    private Dictionary<string, StoredState?>? _states; // every key asked, null where no state
    private bool? _anyHandoff;
    private (string Channel, string Account)? _readAlong; // whose sighting was read along with the turn's record, committed
    private TurnQueries.Sighted? _sightedAlong;

    public bool Applies { get; } = options.Provider == StoreProvider.PostgreSql;

    public async Task<TurnQueries.Sighted?> SeeAsync(string channelId, string accountId, CancellationToken cancellationToken)
    {
        if (_readAlong is { } along && along.Channel == channelId && along.Account == accountId)
        {
            // Read in the round trip that recorded the turn's activity (RideWith), after the turn began: served once.
            _readAlong = null;
            return _sightedAlong;
        }

        await using var batch = new NpgsqlBatch();
        foreach (var command in Commands(channelId, accountId))
        {
            batch.BatchCommands.Add(command);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            batch.Connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            return await ReadAsync(reader, channelId, accountId, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The sighting's reads of <paramref name="accountId"/> to be sent in a group-commit batch with the write that records
    /// the turn's activity (<see cref="EfInboundLedger"/>): one round trip for both instead of one each. The batch reads
    /// them with its reader, and says when its transaction committed; only then does <see cref="SeeAsync"/> serve them.
    /// </summary>
    public ReadsAlong RideWith(string channelId, string accountId) =>
        new(() => Commands(channelId, accountId), (reader, ct) => ReadAlongAsync(reader, channelId, accountId, ct), () => _readAlong = (channelId, accountId));

    private async Task ReadAlongAsync(NpgsqlDataReader reader, string channelId, string accountId, CancellationToken cancellationToken)
    {
        _readAlong = null;
        _sightedAlong = await ReadAsync(reader, channelId, accountId, cancellationToken);
    }

    private List<NpgsqlBatchCommand> Commands(string channelId, string accountId)
    {
        _account = (channelId, accountId);
        _hint = hints.For(channelId, accountId) ?? TurnReadHint.None;
        _states = null;
        _anyHandoff = null;
        List<NpgsqlBatchCommand> commands = [Command(SightingSql, channelId, accountId)];
        if (_hint.StateKeys.Count > 0)
        {
            commands.Add(Command(StatesSql, (object)_hint.StateKeys.ToArray())); // one text[] parameter
        }

        if (_hint.Person is not null && _hint.Conversation is not null)
        {
            commands.Add(Command(AnyHandoffSql, _hint.Person!.Value, channelId, _hint.Conversation!));
        }

        return commands;
    }

    /// <summary>The results of <see cref="Commands"/>, the reader on the first of them.</summary>
    private async Task<TurnQueries.Sighted?> ReadAsync(NpgsqlDataReader reader, string channelId, string accountId, CancellationToken cancellationToken)
    {
        TurnQueries.Sighted? sighted = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            sighted = TurnReadRows.Sighted(reader, channelId, accountId);
            while (sighted.Person is not null && await reader.ReadAsync(cancellationToken))
            {
                TurnReadRows.AddRole(reader, sighted);
            }
        }

        if (_hint.StateKeys.Count > 0 && await reader.NextResultAsync(cancellationToken))
        {
            _states = _hint.StateKeys.ToDictionary(k => k, _ => (StoredState?)null, StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var state = TurnReadRows.State(reader);
                _states[state.Key] = state;
            }
        }

        if (_hint.Person is not null && _hint.Conversation is not null && await reader.NextResultAsync(cancellationToken)
            && await reader.ReadAsync(cancellationToken))
        {
            _anyHandoff = reader.GetBoolean(0);
        }

        return sighted;
    }

    /// <summary>
    /// Puts into <paramref name="found"/> the states of <paramref name="keys"/> read with the sighting (null where none), and
    /// returns the keys it did not read; remembers the keys for the account's next turn.
    /// </summary>
    public IReadOnlyList<string> TakeStates(IReadOnlyList<string> keys, Dictionary<string, StoredState?> found)
    {
        Remember(_hint.WithStates(keys));
        if (_states is not { } read)
        {
            return keys;
        }

        _states = null; // served once: a later read goes to the store
        var rest = new List<string>();
        foreach (var key in keys)
        {
            if (read.TryGetValue(key, out var state))
            {
                found[key] = state;
            }
            else
            {
                rest.Add(key);
            }
        }

        return rest;
    }

    /// <summary>A write to <paramref name="key"/> before the states were served: its value read with the sighting is not served.</summary>
    public void Forget(string key) => _states?.Remove(key);

    /// <summary>
    /// True when the sighting's batch found that <paramref name="personId"/> has no hand-off in this conversation (what
    /// <see cref="TurnQueries.HandoffsInConversation"/> would return); remembers the look-up for the account's next turn.
    /// </summary>
    public bool KnowsNoHandoff(Guid personId, string channelId, string conversationId)
    {
        if (_account?.Channel != channelId)
        {
            return false;
        }

        var asked = _hint.Person == personId && _hint.Conversation == conversationId;
        Remember(_hint.WithHandoffs(personId, conversationId));
        var none = asked && _anyHandoff == false;
        _anyHandoff = null; // served once
        return none;
    }

    /// <summary>A hand-off of the conversation was written: the answer read with the sighting is not served.</summary>
    public void ForgetHandoffs() => _anyHandoff = null;

    private void Remember(TurnReadHint hint)
    {
        if (_account is { } account && !ReferenceEquals(hint, _hint))
        {
            _hint = hint;
            hints.Remember(account.Channel, account.Account, hint);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
