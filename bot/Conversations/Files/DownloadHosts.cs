namespace InternalTthc.Bot.Conversations.Files;

/// <summary>Where a channel's file link may be fetched from: a host (itself or a sub-domain, over https only), or an origin taken exactly.</summary>
public static class DownloadHosts
{
    /// <param name="allowed">Host names, or origins such as <c>http://127.0.0.1:5000</c> (a test's stand-in).</param>
    public static bool Allows(IEnumerable<string> allowed, Uri link)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(link);
        return allowed.Any(entry => entry.Contains("://", StringComparison.Ordinal)
            ? Uri.TryCreate(entry, UriKind.Absolute, out var origin) && origin.Scheme == link.Scheme && origin.Host == link.Host && origin.Port == link.Port
            : link.Scheme == Uri.UriSchemeHttps
              && (link.Host.Equals(entry, StringComparison.OrdinalIgnoreCase) || link.Host.EndsWith("." + entry, StringComparison.OrdinalIgnoreCase)));
    }
}
