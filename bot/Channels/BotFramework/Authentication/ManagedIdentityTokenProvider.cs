using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Outbound tokens of a user-assigned managed identity (MicrosoftAppType UserAssignedMSI). MSAL finds the Azure
/// host's identity endpoint and caches the token.
/// </summary>
public sealed class ManagedIdentityTokenProvider(IOptions<BotAuthenticationOptions> options) : IConnectorTokenProvider
{
    private readonly Lazy<IManagedIdentityApplication> _application = new(() =>
        ManagedIdentityApplicationBuilder
            .Create(ManagedIdentityId.WithUserAssignedClientId(options.Value.MicrosoftAppId))
            .Build());

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _application.Value
            .AcquireTokenForManagedIdentity(options.Value.ToChannelFromBotOAuthScope)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
