using System.Data.Common;
using System.Globalization;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Store;

/// <summary>
/// <see cref="TurnQueries"/>' reads in SQL both engines read, and their rows materialised as EF would (the entities EF
/// would track are attached by the caller): <see cref="SqliteTurnReads"/> and <see cref="PostgresTurnReads"/> run them,
/// each with its own parameter marks ({0}, {1}… here).
/// </summary>
internal static class TurnReadRows
{
    // The account, its active person, his unit and roles (one row per role) and whether messages await his contact.
    private const string SightingSql = """
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
        WHERE a.channel_id = {0} AND a.account_id = {1}
        """;

    // Whether the conversation has any hand-off TurnQueries.HandoffsInConversation would return (most have none).
    private const string AnyHandoffSql = """
        SELECT EXISTS (SELECT 1 FROM handoffs h
          WHERE (h.agent_id = {0} AND h.agent_channel_id = {1} AND h.agent_conversation_id = {2} AND h.status = 'Active')
             OR (h.channel_id = {1} AND h.conversation_id = {2} AND h.status <> 'Ended'))
        """;

    public const string StateColumns = "SELECT key, payload, version, updated_at FROM conversation_states";

    /// <summary>The sighting read; parameters: channel, account.</summary>
    public static string Sighting(params string[] marks) => string.Format(CultureInfo.InvariantCulture, SightingSql, marks);

    /// <summary>Whether the conversation has a hand-off; parameters: person, channel, conversation.</summary>
    public static string AnyHandoff(params string[] marks) => string.Format(CultureInfo.InvariantCulture, AnyHandoffSql, marks);

    /// <summary>The state on the reader's row (read by <see cref="StateColumns"/>).</summary>
    public static StoredState State(DbDataReader reader) =>
        new() { Key = reader.GetString(0), Payload = reader.GetString(1), Version = reader.GetInt32(2), UpdatedAt = Moment(reader, 3)!.Value };

    /// <summary>What the first row says (the reader on it); <see cref="AddRole"/> for each further row (one a role).</summary>
    public static TurnQueries.Sighted Sighted(DbDataReader reader, string channelId, string accountId)
    {
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
        var sighted = new TurnQueries.Sighted(account, person, unit, [], reader.GetBoolean(29));
        AddRole(reader, sighted);
        return sighted;
    }

    /// <summary>The role on the reader's row, if the person has any.</summary>
    public static void AddRole(DbDataReader reader, TurnQueries.Sighted sighted)
    {
        if (sighted.Person is { } person && !reader.IsDBNull(26))
        {
            sighted.Roles.Add(new RoleAssignment { Id = reader.GetGuid(26), PersonId = person.Id, Role = Enum.Parse<Role>(reader.GetString(27)), UnitId = reader.GetGuid(28) });
        }
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static Guid? Key(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetGuid(i);

    // As UtcDateTimeOffsetConverter reads them: stored UTC (SQLite without an offset, PostgreSQL as timestamptz).
    private static DateTimeOffset? Moment(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));
}
