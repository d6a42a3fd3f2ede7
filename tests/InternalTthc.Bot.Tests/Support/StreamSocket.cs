using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>A client of a Direct Line streamUrl that reads <c>{activities, watermark}</c> frames.</summary>
public sealed class StreamSocket : IAsyncDisposable
{
    private readonly Queue<JsonNode> _unread = new();

    private readonly ClientWebSocket _socket = new();

    public static async Task<StreamSocket> ConnectAsync(string streamUrl)
    {
        var socket = new StreamSocket();
        await socket._socket.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken);
        return socket;
    }

    /// <summary>The next non-empty frame; a guard of 30 s turns a missing frame into a failure, not a hang.</summary>
    public async Task<JsonObject> NextFrameAsync()
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, guard.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            if (message.Length > 0)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            }
        }
    }

    /// <summary>
    /// The next activity matching <paramref name="match"/>, reading frames as needed; activities after it in the
    /// same frame are kept for the next call (an echo and the bot's answer often share one frame).
    /// </summary>
    public async Task<JsonNode> NextActivityAsync(Func<JsonNode, bool> match)
    {
        while (true)
        {
            while (_unread.TryDequeue(out var activity))
            {
                if (match(activity)) return activity;
            }

            foreach (var activity in (await NextFrameAsync())["activities"]!.AsArray())
            {
                _unread.Enqueue(activity!.DeepClone());
            }
        }
    }

    /// <summary>The server closes the socket (or it is closed already); frames before the close are not expected.</summary>
    public async Task AssertClosedAsync()
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var received = await _socket.ReceiveAsync(new byte[64 * 1024], guard.Token);
            Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        }
        catch (WebSocketException)
        {
            // Closed without a handshake: closed all the same.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
