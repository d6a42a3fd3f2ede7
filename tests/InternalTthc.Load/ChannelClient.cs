using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Load;

/// <summary>
/// Posts activities to the bot's /api/messages as the Bot Connector does: signed, each with a new id; with several
/// instances, to each in turn (so one conversation's turns land on different instances).
/// </summary>
public sealed class ChannelClient(HttpClient http, IReadOnlyList<string> botUrls, string serviceUrl, string token)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _ids;

    /// <summary>How long the bot took to answer; null when it answered other than 2xx or not at all.</summary>
    public async Task<TimeSpan?> SendAsync(int sender, string? text, JsonObject? value, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _ids);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{_run}-{id}",
            ["timestamp"] = DateTime.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = ChannelStandIn.ChannelId,
            ["from"] = new JsonObject { ["id"] = LoadSenders.Account(sender), ["name"] = "Người thử tải", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = LoadSenders.Conversation(sender) },
            ["text"] = text,
            ["value"] = value,
            ["locale"] = "vi-VN",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{botUrls[(int)(id % botUrls.Count)]}/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? Stopwatch.GetElapsedTime(started) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No answer within the client's timeout: an error of this action, not the end of the run.
            return null;
        }
    }
}
