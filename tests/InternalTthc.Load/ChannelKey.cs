using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Load;

/// <summary>The harness's own Bot Connector signing key: published as a JWKS entry, and signing the channel's tokens.</summary>
public sealed class ChannelKey : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly string _keyId = $"load-{Guid.NewGuid():N}";

    /// <summary>The public half with the endorsement of the channel the harness speaks for.</summary>
    public JsonObject Jwk(string channelId)
    {
        var p = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = _keyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray(channelId),
        };
    }

    /// <summary>A channel token for <paramref name="appId"/> vouching for <paramref name="serviceUrl"/>, valid for two hours (reused like the Bot Connector's).</summary>
    public string Token(string appId, string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = appId,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddHours(2),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = _keyId }, SecurityAlgorithms.RsaSha256),
    });

    public void Dispose() => _rsa.Dispose();
}
