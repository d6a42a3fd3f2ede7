using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// Signs and reads the Direct Line tokens: HS256 JWTs carrying the person (<c>user</c>, the claim DirectLineJS
/// reads), the conversation (<c>conv</c>) and what the token is for (<c>use</c>), with an expiry from the clock.
/// </summary>
public sealed class DirectLineTokenService(DirectLineSigningKey key, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string Issuer = "internaltthc-directline";
    private const string UserClaim = "user";
    private const string NameClaim = "name";
    private const string ConversationClaim = "conv";
    private const string UseClaim = "use";
    private const string IdClaim = "jti";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(DirectLineIdentity identity, TokenUse use)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var lifetime = use == TokenUse.Stream ? options.Value.StreamTokenLifetime : options.Value.TokenLifetime;
        var now = time.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                [UserClaim] = identity.Login,
                [NameClaim] = identity.Name,
                [ConversationClaim] = identity.ConversationId,
                [UseClaim] = UseName(use),
                // Tells tokens apart even when issued in the same second, so a stream token can be spent once.
                [IdClaim] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    public async Task<TokenCheck> ReadAsync(string? token, TokenUse use)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Fail(TokenFailure.Missing);
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            // Checked below against the injected clock, so tests and the service agree on "now".
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.ClaimsIdentity is not { } claims || Claim(claims, UseClaim) != UseName(use)
            || Claim(claims, UserClaim) is not { Length: > 0 } login || Claim(claims, ConversationClaim) is not { Length: > 0 } conversation)
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        return time.GetUtcNow().UtcDateTime >= jwt.ValidTo
            ? TokenCheck.Fail(TokenFailure.Expired)
            : new TokenCheck(new DirectLineIdentity(login, Claim(claims, NameClaim) ?? login, conversation), TokenFailure.None) { TokenId = Claim(claims, IdClaim) };
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;

    private static string UseName(TokenUse use) => use == TokenUse.Stream ? "stream" : "api";
}
