using InternalTthc.Bot.Channels.DirectLine.WebChat;

namespace InternalTthc.Bot.Channels.Protection;

/// <summary>
/// The address a request came from, for limits: the socket's peer, or behind one of WebChat:TrustedProxies the last
/// address that proxy put in X-Forwarded-For (the one it saw; earlier entries are the client's word).
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var peer = context.Connection.RemoteIpAddress;
        if (options.IsTrustedProxy(peer)
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } chain
            && System.Net.IPAddress.TryParse(chain[^1], out var forwarded))
        {
            return forwarded.ToString();
        }

        return peer?.ToString() ?? "unknown";
    }
}
