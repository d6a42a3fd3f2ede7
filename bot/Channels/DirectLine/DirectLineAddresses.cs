using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>The URLs of our Direct Line as clients and the bot see them, and the bot's account on activities.</summary>
public sealed class DirectLineAddresses(IOptions<DirectLineOptions> options, PublicAddress service)
{
    public const string RoutePrefix = "/v3/directline";

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    /// <summary>
    /// The service's base URL with a trailing slash: DirectLine:PublicBaseUrl, else the service's own (Service:PublicBaseUrl or the
    /// address it listens on). Never the request's Host header, which the caller chooses.
    /// </summary>
    public string BaseUrl()
    {
        var configured = options.Value.PublicBaseUrl;
        var url = string.IsNullOrEmpty(configured) ? service.Link("").AbsoluteUri : configured;
        return url.EndsWith('/') ? url : url + "/";
    }

    /// <summary>The WebSocket URL: replays from <paramref name="watermark"/>; <paramref name="token"/> is a short-lived stream token.</summary>
    public string StreamUrl(string conversationId, string? watermark, string token)
    {
        var http = BaseUrl();
        var ws = http.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + http[6..] : "ws:" + http[5..];
        return $"{ws}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
    }

    public string AttachmentUrl(string conversationId, string fileId) =>
        $"{BaseUrl()}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{fileId}";
}
