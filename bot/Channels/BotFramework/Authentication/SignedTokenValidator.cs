using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The checks every Bot Framework token passes: an RS256-family algorithm, a signature by the published key its
/// <c>kid</c> names, an allowed issuer, the audience, and a lifetime valid within five minutes of clock skew.
/// </summary>
public sealed class SignedTokenValidator(TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenCheck> ValidateAsync(
        JsonWebToken token,
        OpenIdSigningKeyCache keys,
        IReadOnlyCollection<string> issuers,
        string? audience,
        CancellationToken cancellationToken)
    {
        // Checked before any key lookup, so "none" and HMAC tokens never reach signature validation.
        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TokenCheck.Fail($"signing algorithm '{token.Alg}' is not allowed");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenCheck.Fail("the token names no signing key (kid)");
        }

        var key = await keys.FindAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return TokenCheck.Fail($"signing key '{token.Kid}' is not published by the issuer");
        }

        var result = await VerifyAsync(token, key.Key, issuers, audience);
        if (!result.IsValid)
        {
            return TokenCheck.Fail($"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
        }

        var lifetime = CheckLifetime(token);
        return lifetime is null ? new TokenCheck(result.ClaimsIdentity, key, null) : TokenCheck.Fail(lifetime);
    }

    /// <summary>The token's signature by <paramref name="key"/>, its algorithm, issuer and audience; not its lifetime.</summary>
    public Task<TokenValidationResult> VerifyAsync(JsonWebToken token, JsonWebKey key, IReadOnlyCollection<string> issuers, string? audience) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateIssuer = true,
            ValidAudience = audience,
            ValidateAudience = audience is not null,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            // Lifetime is checked apart, against the injected clock.
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });

    /// <summary>The token's <c>nbf</c> and <c>exp</c>, null where the claim is absent.</summary>
    public static (DateTime? NotBefore, DateTime? Expires) LifetimeOf(JsonWebToken token) => (
        token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _) ? token.ValidFrom : null,
        token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _) ? token.ValidTo : null);

    /// <summary>Why a token with this lifetime is not valid at <paramref name="now"/> (UTC), within the clock skew; null when it is.</summary>
    public static string? CheckLifetime(DateTime now, DateTime? notBefore, DateTime? expires) =>
        expires is not { } validTo ? "the token has no expiry (exp)"
        : now > validTo + ClockSkew ? "the token has expired"
        : notBefore is { } validFrom && now + ClockSkew < validFrom ? "the token is not valid yet"
        : null;

    private string? CheckLifetime(JsonWebToken token)
    {
        var (notBefore, expires) = LifetimeOf(token);
        return CheckLifetime(time.GetUtcNow().UtcDateTime, notBefore, expires);
    }
}
