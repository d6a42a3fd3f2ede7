namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>The Bot Framework's fixed authentication values (public Azure cloud).</summary>
public static class AuthenticationConstants
{
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string ChannelTokenIssuer = "https://api.botframework.com";
    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string LoginUrlTemplate = "https://login.microsoftonline.com/{0}";
    public const string MultiTenantLoginTenant = "botframework.com";
    public const string ChannelOAuthScope = "https://api.botframework.com";

    /// <summary>Claim names, lowercase as they are on the wire.</summary>
    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";

    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Issuers of Emulator tokens: Bot Framework auth v3.1 and v3.2, and US Government, in v1 and v2 form.</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The two issuer forms of a single tenant, accepted for Emulator tokens of a single-tenant bot.</summary>
    public static IReadOnlyList<string> TenantIssuers(string tenantId) =>
        [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
}
