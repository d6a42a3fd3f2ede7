using System.Net;
using System.Text.Json;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>Turns a failed Connector answer into an exception, recognising the "bot blocked" answers of Teams.</summary>
public static class ConnectorErrorReader
{
    private static readonly string[] BlockedCodes = ["MessageWritesBlocked", "ConversationBlockedByUser", "BotNotInConversationRoster"];

    public static async Task<ConnectorException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (code, message) = Parse(body);
        var status = (int)response.StatusCode;
        var text = $"The Bot Connector answered {status}{(code is null ? string.Empty : $" ({code})")}: {message ?? response.ReasonPhrase}";
        if (response.StatusCode == HttpStatusCode.Forbidden
            && BlockedCodes.FirstOrDefault(blocked => body.Contains(blocked, StringComparison.Ordinal)) is { } reason)
        {
            return new ConversationBlockedException(reason, text);
        }

        return new ConnectorException(response.StatusCode, code, text);
    }

    // Two shapes are seen: {"error":{"code","message"}} and Teams' {"errorCode":209,"message":"…"}.
    private static (string? Code, string? Message) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var error = root.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            var code = error.TryGetProperty("code", out var c) ? c.ToString()
                : error.TryGetProperty("errorCode", out var ec) ? ec.ToString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.ToString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
