using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine.Streaming;

/// <summary>
/// Feeds one WebSocket with <c>{activities, watermark}</c> frames: first everything after the client's watermark,
/// then whatever is appended — at once when this instance appends, within the poll interval when another one does —
/// and typing pushed as it is. Ends when the client closes, the service stops, or the person is no longer allowed (looked
/// at each time the pump wakes, before anything is sent).
/// </summary>
public sealed class ActivityStreamPump(
    DirectLineActivityLog log,
    ConversationSignals signals,
    TimeProvider time,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, Func<CancellationToken, Task<bool>> stillAllowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        // Subscribed before the first read, so an append between the read and the wait still wakes the loop.
        using var subscription = signals.Subscribe(conversationId);
        // A frame's send stops only with the request or the service: cancelling a socket's send aborts the socket, and a
        // client that closed while a frame was on its way would have its connection reset instead of getting our close.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        var receiving = ReceiveUntilClosedAsync(socket, ended);
        try
        {
            while (await stillAllowed(ended.Token))
            {
                watermark = await SendAppendedAsync(socket, conversationId, watermark, ended.Token, stopping.Token);
                var pushed = await subscription.WaitAsync(options.Value.StreamPollInterval, time, ended.Token);
                if (pushed.Count > 0 && await stillAllowed(ended.Token))
                {
                    await SendAsync(socket, new ActivitySet(pushed, watermark.ToString(CultureInfo.InvariantCulture)), stopping.Token);
                }
            }
        }
        catch (Exception e) when ((e is OperationCanceledException && ended.IsCancellationRequested) || e is WebSocketException)
        {
            // The client went away or the service is stopping: nothing to report.
        }
        finally
        {
            await ended.CancelAsync();
            await receiving;
            await CloseAsync(socket);
        }
    }

    private async Task<long> SendAppendedAsync(WebSocket socket, string conversationId, long watermark, CancellationToken reading, CancellationToken sending)
    {
        while (true)
        {
            var set = await log.ReadAfterAsync(conversationId, watermark, reading);
            if (set.Activities.Count == 0)
            {
                return watermark;
            }

            await SendAsync(socket, set, sending);
            watermark = long.Parse(set.Watermark, CultureInfo.InvariantCulture);
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>Reads (and ignores) the client's keep-alive frames until it closes, then ends the pump.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource ended)
    {
        var buffer = new byte[1024];
        try
        {
            while (!ended.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, ended.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Ending either way.
        }

        await ended.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }
    }
}
