using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>The URLs of our Direct Line as clients and the bot see them, and the bot's account on activities.</summary>
public sealed class DirectLineAddresses(IOptions<DirectLineOptions> options)
{
    public const string RoutePrefix = "/v3/directline";

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    /// <summary>The service's base URL with a trailing slash: the configured one, or the request's own.</summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = options.Value.PublicBaseUrl;
        var url = string.IsNullOrEmpty(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return url.EndsWith('/') ? url : url + "/";
    }

    /// <summary>The WebSocket URL: replays from <paramref name="watermark"/>; <paramref name="token"/> is a short-lived stream token.</summary>
    public string StreamUrl(HttpRequest request, string conversationId, string? watermark, string token)
    {
        var http = BaseUrl(request);
        var ws = http.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + http[6..] : "ws:" + http[5..];
        return $"{ws}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
    }

    public string AttachmentUrl(HttpRequest request, string conversationId, string fileId) =>
        $"{BaseUrl(request)}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{fileId}";
}
