using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// Links a chat account the bot has seen to a directory person, or unlinks it; an administrator only within the
/// jurisdictions he keeps (both the person and whoever the account belonged to).
/// </summary>
public sealed class ChannelAccountLinks(IDirectoryStore directory, AdministratorScope scope)
{
    public const int ListLimit = 200;

    public Task<IReadOnlyList<ChannelAccount>> ListAsync(CancellationToken cancellationToken) => directory.ListRecentChannelAccountsAsync(ListLimit, cancellationToken);

    /// <param name="jurisdictions">The administrator's jurisdictions; null for the operator's host verb.</param>
    public async Task<(bool Done, string Message)> LinkAsync(
        string channelId, string accountId, string login, IReadOnlySet<string>? jurisdictions, CancellationToken cancellationToken)
    {
        var account = await directory.FindChannelAccountAsync(channelId.Trim(), accountId.Trim(), cancellationToken);
        if (account is null) return (false, AdminText.Vietnamese("AccountUnknown", channelId, accountId));
        var person = await directory.FindPersonByLoginAsync(login.Trim(), cancellationToken);
        if (person is not { Active: true }) return (false, AdminText.Vietnamese("PersonUnknown", login));
        if (!await scope.KeepsAsync(jurisdictions, person.Id, cancellationToken) || !await scope.KeepsAsync(jurisdictions, account.PersonId, cancellationToken))
        {
            return (false, AdminText.Vietnamese("OutsideJurisdiction"));
        }

        await directory.LinkChannelAccountAsync(account.Id, person.Id, cancellationToken);
        return (true, AdminText.Vietnamese("AccountLinked", account.ChannelId, account.AccountId, person.FullName, person.Login));
    }

    public async Task<(bool Done, string Message)> UnlinkAsync(string channelId, string accountId, IReadOnlySet<string>? jurisdictions, CancellationToken cancellationToken)
    {
        var account = await directory.FindChannelAccountAsync(channelId.Trim(), accountId.Trim(), cancellationToken);
        if (account is null) return (false, AdminText.Vietnamese("AccountUnknown", channelId, accountId));
        if (!await scope.KeepsAsync(jurisdictions, account.PersonId, cancellationToken)) return (false, AdminText.Vietnamese("OutsideJurisdiction"));
        await directory.LinkChannelAccountAsync(account.Id, null, cancellationToken);
        return (true, AdminText.Vietnamese("AccountUnlinked", account.ChannelId, account.AccountId));
    }
}
