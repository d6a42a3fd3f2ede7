using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using Microsoft.Data.Sqlite;

namespace InternalTthc.Core.Store;

/// <summary>
/// <see cref="TurnQueries"/>' reads written for SQLite and run as <see cref="PreparedReads"/>: the same rows, the same
/// conditions, materialised here (the entities EF would track are attached by the caller).
/// </summary>
internal sealed class SqliteTurnReads(PreparedReads reads)
{
    // The account, its active person, his unit and roles (one row per role) and whether messages await his contact.
    private const string SeeSql = """
        SELECT a.id, a.aad_object_id, a.tenant_id, a.person_id, a.conversation_reference, a.last_seen_at, a.blocked_at,
               p.id, p.login, p.full_name, p.position, p.unit_id, p.email, p.phone, p.is_demo, p.entra_object_id,
               p.user_principal_name, p.language,
               u.id, u.code, u.name, u.jurisdiction_code, u.level, u.kind, u.parent_id, u.is_demo,
               r.id, r.role, r.unit_id,
               p.id IS NOT NULL AND EXISTS (SELECT 1 FROM outbox_messages m WHERE m.recipient_id = p.id AND m.status = 'AwaitingContact')
        FROM channel_accounts a
        LEFT JOIN people p ON p.id = a.person_id AND p.active
        LEFT JOIN units u ON u.id = p.unit_id
        LEFT JOIN role_assignments r ON r.person_id = p.id
        WHERE a.channel_id = $p0 AND a.account_id = $p1
        """;

    private const string HandoffsSql = """
        SELECT EXISTS (SELECT 1 FROM handoffs h
          WHERE (h.agent_id = $p0 AND h.agent_channel_id = $p1 AND h.agent_conversation_id = $p2 AND h.status = 'Active')
             OR (h.channel_id = $p1 AND h.conversation_id = $p2 AND h.status <> 'Ended'))
        """;

    /// <summary>Prefetches come in a few sizes (one statement each); keys past the largest go to EF.</summary>
    public const int MaxKeys = 8;

    private static readonly string[] StatesSql = [.. Enumerable.Range(0, MaxKeys + 1).Select(n =>
        $"SELECT key, payload, version, updated_at FROM conversation_states WHERE key IN ({string.Join(", ", Enumerable.Range(0, n).Select(i => $"$p{i}"))})")];

    public bool Applies => reads.Applies;

    public TurnQueries.Sighted? See(string channelId, string accountId) =>
        reads.Read(SeeSql, [channelId, accountId], reader =>
        {
            if (!reader.Read())
            {
                return null;
            }

            var account = new ChannelAccount
            {
                Id = reader.GetGuid(0), ChannelId = channelId, AccountId = accountId, AadObjectId = Text(reader, 1), TenantId = Text(reader, 2),
                PersonId = Key(reader, 3), ConversationReference = Text(reader, 4), LastSeenAt = Moment(reader, 5), BlockedAt = Moment(reader, 6),
            };
            if (reader.IsDBNull(7))
            {
                return new TurnQueries.Sighted(account, null, null, [], false);
            }

            var person = new Person
            {
                Id = reader.GetGuid(7), Login = reader.GetString(8), FullName = reader.GetString(9), Position = Text(reader, 10),
                UnitId = reader.GetGuid(11), Email = Text(reader, 12), Phone = Text(reader, 13), Active = true, IsDemo = reader.GetBoolean(14),
                EntraObjectId = Text(reader, 15), UserPrincipalName = Text(reader, 16), Language = Text(reader, 17),
            };
            var unit = reader.IsDBNull(18) ? null : new Unit
            {
                Id = reader.GetGuid(18), Code = reader.GetString(19), Name = reader.GetString(20), JurisdictionCode = reader.GetString(21),
                Level = Enum.Parse<UnitLevel>(reader.GetString(22)), Kind = Enum.Parse<UnitKind>(reader.GetString(23)),
                ParentId = Key(reader, 24), IsDemo = reader.GetBoolean(25),
            };
            var awaits = reader.GetBoolean(29);
            var roles = new List<RoleAssignment>();
            do
            {
                if (!reader.IsDBNull(26))
                {
                    roles.Add(new RoleAssignment { Id = reader.GetGuid(26), PersonId = person.Id, Role = Enum.Parse<Role>(reader.GetString(27)), UnitId = reader.GetGuid(28) });
                }
            }
            while (reader.Read());

            return new TurnQueries.Sighted(account, person, unit, roles, awaits);
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
                found.Add(new StoredState { Key = reader.GetString(0), Payload = reader.GetString(1), Version = reader.GetInt32(2), UpdatedAt = Moment(reader, 3)!.Value });
            }

            return found;
        });
    }

    /// <summary>Whether the conversation has any hand-off <see cref="TurnQueries.HandoffsInConversation"/> would return.</summary>
    public bool AnyHandoff(Guid personId, string channelId, string conversationId) =>
        reads.Read(HandoffsSql, [PreparedReads.Text(personId), channelId, conversationId], reader => reader.Read() && reader.GetBoolean(0));

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static Guid? Key(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetGuid(i);

    // As UtcDateTimeOffsetConverter reads them: stored UTC, without an offset.
    private static DateTimeOffset? Moment(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));
}
