using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// Finds the directory person a Teams account belongs to, so nobody has to know his bot-specific "29:" id in advance:
/// by the Entra object id the activity carries, else by the UPN or e-mail the connector's members call gives.
/// Only for activities the Bot Connector signed, whose <c>from</c> the channel vouches for.
/// </summary>
public sealed class EntraAccountLinker(IDirectoryStore directory, IConnectorClient connector, ILogger<EntraAccountLinker> logger)
{
    public async Task<Person?> FindAsync(Activity activity, CancellationToken ct)
    {
        if (activity.CallerId is not (CallerIdConstants.PublicAzureChannel or CallerIdConstants.UsGovChannel) || activity.From?.Id is not { Length: > 0 } userId)
        {
            return null;
        }

        var objectId = activity.From.AadObjectId;
        if (await directory.FindPersonByEntraIdentityAsync(objectId, [], ct) is { } byId)
        {
            return byId;
        }

        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        try
        {
            var member = await connector.GetConversationMemberAsync(serviceUrl, conversationId, userId, ct);
            return await directory.FindPersonByEntraIdentityAsync(member.AadObjectId ?? objectId, member.SignInNames(), ct);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            // Not linked this time: he is answered as a guest and the next message tries again.
            logger.LogWarning("The members call for a Teams account failed: {Reason}.", e.Message);
            return null;
        }
    }
}
