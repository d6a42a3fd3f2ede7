using System.Net;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>How the Web Chat page learns who is signed in. Bound from the "WebChat" section and checked at start.</summary>
public sealed record WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>The cookie holding the demo person picked in Development.</summary>
    public const string DemoCookieName = "tthc_demo_login";

    /// <summary>The header in which the agency's reverse proxy puts the signed-in login.</summary>
    public string ProxyUserHeader { get; init; } = "X-Forwarded-User";

    /// <summary>Addresses of the reverse proxies whose user header is believed; from anyone else it is ignored.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    public bool IsTrustedProxy(IPAddress? remote) =>
        remote is not null && TrustedProxies.Any(proxy => IPAddress.TryParse(proxy, out var trusted)
            && (trusted.Equals(remote) || (remote.IsIPv4MappedToIPv6 && trusted.Equals(remote.MapToIPv4()))));
}
