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

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateIssuer = true,
            ValidAudience = audience,
            ValidateAudience = audience is not null,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            // Lifetime is checked below against the injected clock.
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!result.IsValid)
        {
            return TokenCheck.Fail($"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
        }

        var lifetime = CheckLifetime(token);
        return lifetime is null ? new TokenCheck(result.ClaimsIdentity, key, null) : TokenCheck.Fail(lifetime);
    }

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return "the token has no expiry (exp)";
        }

        if (now > token.ValidTo + ClockSkew)
        {
            return "the token has expired";
        }

        return token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _) && now + ClockSkew < token.ValidFrom
            ? "the token is not valid yet"
            : null;
    }
}
