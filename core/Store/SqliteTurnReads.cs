using InternalTthc.Core.Conversations;

namespace InternalTthc.Core.Store;

/// <summary>
/// <see cref="TurnQueries"/>' reads on a SQLite file, run as <see cref="PreparedReads"/> (<see cref="TurnReadRows"/>: the
/// same rows, the same conditions).
/// </summary>
internal sealed class SqliteTurnReads(PreparedReads reads)
{
    private static readonly string SeeSql = TurnReadRows.Sighting("$p0", "$p1");
    private static readonly string HandoffsSql = TurnReadRows.AnyHandoff("$p0", "$p1", "$p2");

    /// <summary>Prefetches come in a few sizes (one statement each); keys past the largest go to EF.</summary>
    public const int MaxKeys = 8;

    private static readonly string[] StatesSql = [.. Enumerable.Range(0, MaxKeys + 1).Select(n =>
        $"{TurnReadRows.StateColumns} WHERE key IN ({string.Join(", ", Enumerable.Range(0, n).Select(i => $"$p{i}"))})")];

    public bool Applies => reads.Applies;

    public TurnQueries.Sighted? See(string channelId, string accountId) =>
        reads.Read(SeeSql, [channelId, accountId], reader =>
        {
            if (!reader.Read())
            {
                return null;
            }

            var sighted = TurnReadRows.Sighted(reader, channelId, accountId);
            while (sighted.Person is not null && reader.Read())
            {
                TurnReadRows.AddRole(reader, sighted);
            }

            return sighted;
        });

    public List<StoredState> States(IReadOnlyList<string> keys)
    {
        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = keys[i];
        }

        return reads.Read(StatesSql[keys.Count], values, reader =>
        {
            var found = new List<StoredState>(keys.Count);
            while (reader.Read())
            {
                found.Add(TurnReadRows.State(reader));
            }

            return found;
        });
    }

    /// <summary>Whether the conversation has any hand-off <see cref="TurnQueries.HandoffsInConversation"/> would return.</summary>
    public bool AnyHandoff(Guid personId, string channelId, string conversationId) =>
        reads.Read(HandoffsSql, [PreparedStatement.Text(personId), channelId, conversationId], reader => reader.Read() && reader.GetBoolean(0));
}
