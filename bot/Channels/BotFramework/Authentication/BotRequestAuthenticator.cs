using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Authenticates a request to <c>/api/messages</c> as the Bot Framework defines it: the Emulator path when the
/// token's issuer is an Emulator issuer, otherwise the Bot Connector channel path; any other issuer is refused
/// before its signature is looked at.
/// </summary>
public sealed class BotRequestAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    private readonly BotAuthenticationOptions _options;
    private readonly SignedTokenValidator _validator;
    private readonly OpenIdSigningKeyCache _channelKeys;
    private readonly OpenIdSigningKeyCache _emulatorKeys;
    private readonly IReadOnlyList<string> _emulatorIssuers;

    // Without an app id nothing can be verified: that is for local development with the Emulator only.
    private readonly bool _anonymousAllowed;

    public BotRequestAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IOptions<BotFrameworkOptions> hosting,
        IHttpClientFactory httpClients,
        TimeProvider time,
        IHostEnvironment environment,
        ILogger<OpenIdSigningKeyCache> keyLogger)
    {
        _options = options.Value;
        _anonymousAllowed = _options.IsAuthenticationDisabled && environment.IsDevelopment();
        _validator = new SignedTokenValidator(time);
        var (interval, floor) = (hosting.Value.SigningKeyRefreshInterval, hosting.Value.SigningKeyRefreshFloor);
        var http = httpClients.CreateClient(nameof(OpenIdSigningKeyCache));
        _channelKeys = new(_options.ToBotFromChannelOpenIdMetadataUrl, http, time, interval, floor, keyLogger);
        _emulatorKeys = new(_options.ToBotFromEmulatorOpenIdMetadataUrl, http, time, interval, floor, keyLogger);
        _emulatorIssuers = _options.AppType == BotAppType.SingleTenant && _options.MicrosoftAppTenantId is { } tenant
            ? [.. AuthenticationConstants.EmulatorIssuers, .. AuthenticationConstants.TenantIssuers(tenant)]
            : AuthenticationConstants.EmulatorIssuers;
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _anonymousAllowed ? BotAuthenticationResult.Anonymous
                : _options.IsAuthenticationDisabled ? BotAuthenticationResult.Failed("no MicrosoftAppId is configured: unsigned calls are accepted only in Development")
                : BotAuthenticationResult.Failed("no Authorization header");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed("the Authorization header is not a Bearer token");
        }

        // A token sent to a bot without an app id cannot be checked against anything, so it is refused.
        if (_options.IsAuthenticationDisabled)
        {
            return BotAuthenticationResult.Failed("a token was sent but no MicrosoftAppId is configured");
        }

        if (ReadToken(authorizationHeader[BearerPrefix.Length..].Trim()) is not { } token)
        {
            return BotAuthenticationResult.Failed("the bearer token is not a JWT");
        }

        if (_emulatorIssuers.Contains(token.Issuer, StringComparer.Ordinal))
        {
            return await AuthenticateEmulatorAsync(token, cancellationToken);
        }

        return string.Equals(token.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal)
            ? await AuthenticateChannelAsync(token, activity, cancellationToken)
            : BotAuthenticationResult.Failed("the token's issuer is not allowed");
    }

    private static JsonWebToken? ReadToken(string raw)
    {
        try
        {
            return new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task<BotAuthenticationResult> AuthenticateChannelAsync(
        JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var check = await _validator.ValidateAsync(
            token, _channelKeys, [_options.ToBotFromChannelTokenIssuer], _options.MicrosoftAppId, cancellationToken);
        if (check is not { Identity: { } identity, Key: { } key })
        {
            return BotAuthenticationResult.Failed(check.Failure ?? "invalid token");
        }

        // The bot's own token will be sent to serviceUrl, so the channel must have vouched for it.
        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed("the serviceurl claim does not match the activity's serviceUrl");
        }

        if (key.Endorsements.Count == 0
            || (!string.IsNullOrEmpty(activity.ChannelId) && !key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)))
        {
            return BotAuthenticationResult.Failed($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        return BotAuthenticationResult.Authenticated(identity, _options.CallerId);
    }

    private async Task<BotAuthenticationResult> AuthenticateEmulatorAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        // The Emulator's audience varies; the SDK checks the app id in appid (v1) or azp (v2) instead.
        var check = await _validator.ValidateAsync(token, _emulatorKeys, _emulatorIssuers, null, cancellationToken);
        if (check.Identity is not { } identity)
        {
            return BotAuthenticationResult.Failed(check.Failure ?? "invalid token");
        }

        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            null => null,
            "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return BotAuthenticationResult.Failed($"the Emulator token version '{version}' is missing or unknown");
        }

        return string.Equals(identity.FindFirst(appIdClaim)?.Value, _options.MicrosoftAppId, StringComparison.Ordinal)
            ? BotAuthenticationResult.Authenticated(identity, _options.CallerId)
            : BotAuthenticationResult.Failed($"the Emulator token's {appIdClaim} is not this bot's app id");
    }
}
