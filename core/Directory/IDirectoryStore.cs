namespace InternalTthc.Core.Directory;

/// <summary>Reads and keeps the directory of units, people, roles and channel accounts.</summary>
public interface IDirectoryStore
{
    Task<Unit?> FindUnitAsync(Guid id, CancellationToken cancellationToken);

    Task<Unit?> FindUnitByCodeAsync(string code, CancellationToken cancellationToken);

    Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken);

    Task<Person?> FindPersonByLoginAsync(string login, CancellationToken cancellationToken);

    /// <summary>
    /// The one active person with this Entra object id, else the one whose UPN, login or e-mail is one of
    /// <paramref name="names"/> (without case); null when none or several are.
    /// </summary>
    Task<Person?> FindPersonByEntraIdentityAsync(string? objectId, IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Keeps the language the person chose for the bot's texts (null: Vietnamese).</summary>
    Task SetLanguageAsync(Guid personId, string? language, CancellationToken cancellationToken);

    /// <summary>The person with every role he holds; null when unknown or inactive.</summary>
    Task<PersonRoles?> GetPersonRolesAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Every unit of a jurisdiction, by name.</summary>
    Task<IReadOnlyList<Unit>> ListUnitsAsync(string jurisdictionCode, CancellationToken cancellationToken);

    Task<IReadOnlyList<Person>> ListPeopleOfUnitAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>Active people holding <paramref name="role"/> for the unit.</summary>
    Task<IReadOnlyList<Person>> ListHoldersAsync(Guid unitId, Role role, CancellationToken cancellationToken);

    /// <summary>
    /// The channel account seen (created on first contact), with its last-seen time updated, and in the same query the
    /// person it is linked to, his roles and unit, and whether messages await his contact (every turn asks).
    /// </summary>
    Task<ChannelAccountSeen> TouchChannelAccountAsync(ChannelAccountSighting sighting, CancellationToken cancellationToken);

    /// <summary>
    /// The channel accounts linked to these people, on <paramref name="channelId"/> only when given; the one used last first
    /// (where proactive messages go, in that order), then by account id (a Teams card's refresh list).
    /// </summary>
    Task<IReadOnlyList<ChannelAccount>> ListChannelAccountsAsync(IReadOnlyCollection<Guid> personIds, string? channelId, CancellationToken cancellationToken);

    /// <summary>
    /// The accounts on <paramref name="channelIds"/> of <paramref name="personIds"/> and of the active holders of each unit's
    /// role in <paramref name="holders"/>, in the order of <see cref="ListChannelAccountsAsync"/>, at most <paramref name="limit"/>
    /// (a Teams card's refresh list): one query, however many people hold the roles.
    /// </summary>
    Task<IReadOnlyList<ChannelAccount>> ListChannelAccountsAsync(
        IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<(Guid UnitId, Role Role)> holders, IReadOnlyCollection<string> channelIds, int limit,
        CancellationToken cancellationToken);

    /// <summary>Records that the person blocked the bot on this channel account (created if never seen).</summary>
    Task MarkBlockedAsync(string channelId, string accountId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Links a channel account to a person (or unlinks it with null).</summary>
    Task LinkChannelAccountAsync(Guid channelAccountId, Guid? personId, CancellationToken cancellationToken);
    /// <summary>Active demo people (the demo directory), by name: the Development sign-in picker lists them.</summary>
    Task<IReadOnlyList<Person>> ListDemoPeopleAsync(CancellationToken cancellationToken);

    /// <summary>Every unit of every jurisdiction (an import checks the units it names against them).</summary>
    Task<IReadOnlyList<Unit>> ListAllUnitsAsync(CancellationToken cancellationToken);

    /// <summary>The channel account with this id on this channel; null when never seen nor imported.</summary>
    Task<ChannelAccount?> FindChannelAccountAsync(string channelId, string accountId, CancellationToken cancellationToken);

    /// <summary>The channel accounts seen last first (those never seen after them), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ChannelAccount>> ListRecentChannelAccountsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Active people whose phone number is <paramref name="phone"/>, however it was written in the directory.</summary>
    Task<IReadOnlyList<Person>> FindPeopleByPhoneAsync(string phone, CancellationToken cancellationToken);

    /// <summary>Adds or updates units, people and roles by their codes and logins, in one transaction.</summary>
    Task ImportAsync(DirectoryImport import, CancellationToken cancellationToken);
}
