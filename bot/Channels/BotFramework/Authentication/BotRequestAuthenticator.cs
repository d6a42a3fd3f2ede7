using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Authenticates a request to <c>/api/messages</c> as the Bot Framework defines it: the Emulator path when the
/// token's issuer is an Emulator issuer, otherwise the Bot Connector channel path; any other issuer is refused
/// before its signature is looked at. A token verified once is kept (bounded, by its exact text); its lifetime, its
/// key still being the published one, the serviceurl claim and the endorsement are checked for every request.
/// </summary>
public sealed class BotRequestAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    private readonly BotAuthenticationOptions _options;
    private readonly SignedTokenValidator _validator;
    private readonly OpenIdSigningKeyCache _channelKeys;
    private readonly OpenIdSigningKeyCache _emulatorKeys;
    private readonly IReadOnlyList<string> _emulatorIssuers;
    // Only successes are kept, by the token's exact text: a forged or altered token is another text, verified in full.
    private const int KeptTokens = 4096;
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly BoundedCache<string, ValidatedToken> _validated;
    private readonly TimeProvider _time;

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
        _validated = new BoundedCache<string, ValidatedToken>(KeptTokens, time);
        _time = time;
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

        // A token verified before is not verified again; what depends on the moment and the activity is, every time.
        var raw = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!_validated.TryGet(raw, out var validated) || !await IsStillPublishedAsync(raw, validated, cancellationToken))
        {
            if (ReadToken(raw) is not { } token)
            {
                return BotAuthenticationResult.Failed("the bearer token is not a JWT");
            }

            var (verified, failure) = await VerifyAsync(token, cancellationToken);
            if (verified is null)
            {
                return BotAuthenticationResult.Failed(failure ?? "invalid token");
            }

            _validated.Set(raw, verified, KeptFor);
            validated = verified;
        }

        return validated.RecheckFor(activity, _time.GetUtcNow().UtcDateTime) is { } refusal
            ? BotAuthenticationResult.Failed(refusal)
            : BotAuthenticationResult.Authenticated(validated.Identity, _options.CallerId);
    }

    private Task<(ValidatedToken? Token, string? Failure)> VerifyAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        if (_emulatorIssuers.Contains(token.Issuer, StringComparer.Ordinal))
        {
            return VerifyEmulatorAsync(token, cancellationToken);
        }

        return string.Equals(token.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal)
            ? VerifyChannelAsync(token, cancellationToken)
            : Task.FromResult<(ValidatedToken?, string?)>((null, "the token's issuer is not allowed"));
    }

    // A cached token stays good only while the key it was verified with is the one published under its id.
    private async Task<bool> IsStillPublishedAsync(string raw, ValidatedToken validated, CancellationToken cancellationToken)
    {
        var keys = validated.FromChannel ? _channelKeys : _emulatorKeys;
        if (ReferenceEquals(await keys.FindAsync(validated.KeyId, cancellationToken), validated.Key))
        {
            return true;
        }

        _validated.Forget(raw);
        return false;
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

    private async Task<(ValidatedToken?, string?)> VerifyChannelAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var check = await _validator.ValidateAsync(
            token, _channelKeys, [_options.ToBotFromChannelTokenIssuer], _options.MicrosoftAppId, cancellationToken);
        return check is { Identity: { } identity, Key: { } key }
            ? (Validated(token, identity, key, fromChannel: true), null)
            : (null, check.Failure);
    }

    private static ValidatedToken Validated(JsonWebToken token, ClaimsIdentity identity, SigningKey key, bool fromChannel)
    {
        var (notBefore, expires) = SignedTokenValidator.LifetimeOf(token);
        return new ValidatedToken(identity, key, token.Kid, notBefore, expires, fromChannel);
    }

    private async Task<(ValidatedToken?, string?)> VerifyEmulatorAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        // The Emulator's audience varies; the SDK checks the app id in appid (v1) or azp (v2) instead.
        var check = await _validator.ValidateAsync(token, _emulatorKeys, _emulatorIssuers, null, cancellationToken);
        if (check is not { Identity: { } identity, Key: { } key })
        {
            return (null, check.Failure);
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
            return (null, $"the Emulator token version '{version}' is missing or unknown");
        }

        return string.Equals(identity.FindFirst(appIdClaim)?.Value, _options.MicrosoftAppId, StringComparison.Ordinal)
            ? (Validated(token, identity, key, fromChannel: false), null)
            : (null, $"the Emulator token's {appIdClaim} is not this bot's app id");
    }
}
