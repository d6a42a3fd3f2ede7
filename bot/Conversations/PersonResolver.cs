using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// Who is writing: the channel account of the message (created on first contact) and the person it is linked to. The Entra
/// look-up (with its connector client) is made only for an account linked to nobody.
/// </summary>
public sealed class PersonResolver(IDirectoryStore directory, IOutboxStore outbox, Lazy<EntraAccountLinker> entra, TimeProvider clock)
{
    public async Task<PersonRoles?> ResolveAsync(ITurnContext turn, ChannelCapabilities capabilities, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is not { Length: > 0 } channel || activity.From?.Id is not { Length: > 0 } accountId)
        {
            return null;
        }

        // On the channels our own Direct Line and terminal use, the user id is a login: it counts only when they vouch for it,
        // never when some other client sends the same channel id.
        var vouched = LocalIdentity.TrustedLogin(turn);
        if (capabilities.VouchesForLogin && vouched != accountId)
        {
            return null;
        }

        var seen = await directory.TouchChannelAccountAsync(
            new ChannelAccountSighting(channel, accountId, activity.From.AadObjectId, activity.Conversation?.TenantId, clock.GetUtcNow()), cancellationToken);
        var account = seen.Account;
        if (account.PersonId is null && await FindOwnerAsync(activity, vouched, accountId, capabilities, cancellationToken) is { } person)
        {
            await directory.LinkChannelAccountAsync(account.Id, person.Id, cancellationToken);
            account.PersonId = person.Id;
        }

        if (account.PersonId is not { } id)
        {
            return null;
        }

        // The sighting read him (nearly every turn); a person just linked, or no longer active, is read as before.
        var known = seen.Person is { } read && read.Person.Id == id ? read : null;
        // He can be written to now (a group chat gives no conversation of his own): what waited for his first message goes out.
        if (capabilities.KeepsConversations && activity.Conversation?.IsShared() != true && (known is null || seen.MessagesAwaitContact))
        {
            await outbox.ReleaseAwaitingContactAsync(id, clock.GetUtcNow(), cancellationToken);
        }

        return known ?? await directory.GetPersonRolesAsync(id, cancellationToken);
    }

    /// <summary>Whom an account linked to nobody is: the login our own channel vouches for, or the Entra identity Teams names.</summary>
    private async Task<Person?> FindOwnerAsync(Activity activity, string? vouched, string accountId, ChannelCapabilities capabilities, CancellationToken ct)
    {
        if (vouched is { } login && login == accountId)
        {
            return await directory.FindPersonByLoginAsync(login, ct) is { Active: true } person ? person : null;
        }

        return capabilities.EntraIdentities ? await entra.Value.FindAsync(activity, ct) : null;
    }
}
