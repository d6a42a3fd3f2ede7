using System.Net.Http.Json;
using System.Text.Json.Serialization;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The OAuth 2.0 client-credentials grant of the app id and password against <c>{login url}/oauth2/v2.0/token</c>,
/// the token cached until shortly before it expires, with one refresher at a time.
/// </summary>
public sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotAuthenticationOptions> options,
    IOptions<ConnectorOptions> connector,
    TimeProvider time) : IConnectorTokenProvider
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private CachedToken? _token;

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var seen = _token;
        if (!forceRefresh && seen is not null && time.GetUtcNow() < seen.RenewAt)
        {
            return seen.Value;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed the token while this one waited; a forced refresh is not repeated.
            if (_token is { } current && time.GetUtcNow() < current.RenewAt && (!forceRefresh || !ReferenceEquals(current, seen)))
            {
                return current.Value;
            }

            _token = await RequestAsync(cancellationToken);
            return _token.Value;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = settings.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = settings.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default",
        });
        var requestedAt = time.GetUtcNow();
        var http = httpClients.CreateClient(nameof(ClientCredentialsTokenProvider));
        using var response = await http.PostAsync($"{settings.LoginUrl}/oauth2/v2.0/token", form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo the request; only the status is reported.
            throw new ConnectorException(response.StatusCode, "TokenRequestFailed",
                $"The token endpoint answered {(int)response.StatusCode} to the client-credentials request.");
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new ConnectorException(response.StatusCode, "TokenRequestFailed", "The token endpoint sent no token.");
        if (string.IsNullOrEmpty(body.AccessToken))
        {
            throw new ConnectorException(response.StatusCode, "TokenRequestFailed", "The token endpoint sent no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn);
        // Short-lived tokens are renewed half-way rather than never being used.
        var margin = TimeSpan.FromTicks(Math.Min(connector.Value.TokenRefreshMargin.Ticks, lifetime.Ticks / 2));
        return new CachedToken(body.AccessToken, requestedAt + lifetime - margin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
