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

    /// <summary>
    /// Addresses (or networks, "10.0.0.0/24") of the reverse proxies whose user header is believed; from anyone else it is
    /// ignored. "0.0.0.0/0" and "::/0" trust every address: only where the platform itself strips the header from what
    /// people send (Azure App Service authentication and its X-MS-CLIENT-PRINCIPAL-NAME).
    /// </summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    /// <summary>Whether an entry of <see cref="TrustedProxies"/> is an address or a network in CIDR notation.</summary>
    public static bool IsAddressOrNetwork(string proxy) => IPAddress.TryParse(proxy, out _) || IPNetwork.TryParse(proxy, out _);

    public bool IsTrustedProxy(IPAddress? remote)
    {
        if (remote is null) return false;
        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return TrustedProxies.Any(proxy => IPAddress.TryParse(proxy, out var trusted)
            ? trusted.Equals(address)
            : IPNetwork.TryParse(proxy, out var network) && network.Contains(address));
    }
}
