using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Mints the tokens the Bot Connector and the Emulator send, and broken variants of them.</summary>
public static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    /// <summary>A Bot Connector token for <paramref name="serviceUrl"/>, valid for an hour from <paramref name="now"/>.</summary>
    public static string Channel(TestSigningKey key, DateTimeOffset now, string serviceUrl, Action<SecurityTokenDescriptor>? change = null) =>
        Mint(key, new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        }, now, change);

    /// <summary>An Emulator token: v1 carries the app id in appid, v2 in azp.</summary>
    public static string Emulator(TestSigningKey key, DateTimeOffset now, string version, string appId = AppId)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = appId };
        return Mint(key, new SecurityTokenDescriptor
        {
            Issuer = version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1,
            Audience = "https://api.botframework.com",
            Claims = claims,
        }, now, null);
    }

    /// <summary>The same claims as a channel token, but unsigned with <c>alg: none</c>.</summary>
    public static string Unsigned(string keyId, DateTimeOffset now, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>Replaces the payload of a signed token with <paramref name="change"/>d claims, keeping the old signature.</summary>
    public static string Tamper(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    private static string Mint(TestSigningKey key, SecurityTokenDescriptor descriptor, DateTimeOffset now, Action<SecurityTokenDescriptor>? change)
    {
        descriptor.IssuedAt = now.UtcDateTime;
        descriptor.NotBefore = now.AddMinutes(-1).UtcDateTime;
        descriptor.Expires = now.AddHours(1).UtcDateTime;
        descriptor.SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256);
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string Encode(JsonNode node) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
