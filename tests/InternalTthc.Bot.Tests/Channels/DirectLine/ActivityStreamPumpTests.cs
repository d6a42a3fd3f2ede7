using System.Net.WebSockets;
using InternalTthc.Bot.Channels.DirectLine.Streaming;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>The stream's pump over a socket whose timing the test decides: what a close while a frame is on its way does.</summary>
public sealed class ActivityStreamPumpTests : DirectLineTest
{
    [Fact]
    public async Task A_client_that_closes_while_a_frame_is_on_its_way_gets_the_frame_and_our_close_not_a_reset()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var conversation = Text(start, "conversationId");
        await DirectLine.PostMessageAsync(conversation, Text(start, "token"), "xin chào", "client-1");
        var socket = new ClosingWhileSendingSocket();

        await using var scope = Host.Services.CreateAsyncScope();
        var pump = scope.ServiceProvider.GetRequiredService<ActivityStreamPump>();
        var running = pump.RunAsync(socket, conversation, 0, _ => Task.FromResult(true), Ct);
        await socket.CloseSeen.WaitAsync(Ct);
        socket.FinishSend();
        await running.WaitAsync(Ct);

        // ManagedWebSocket aborts itself when a pending send's token is cancelled: the client's close must not do that.
        Assert.False(socket.SendCancelled);
        Assert.Equal((1, WebSocketState.Closed, WebSocketCloseStatus.NormalClosure), (socket.Sends, socket.State, socket.CloseStatus));
    }

    /// <summary>
    /// The client's close arrives while the first frame's send is pending: receiving returns Close as soon as a send starts,
    /// and the send completes only when the test says so. The pump has seen the close when it cancels what it was receiving with.
    /// </summary>
    private sealed class ClosingWhileSendingSocket : WebSocket
    {
        private readonly TaskCompletionSource<WebSocketReceiveResult> _close = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _closeSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WebSocketState _state = WebSocketState.Open;
        private WebSocketCloseStatus? _closeStatus;

        public Task CloseSeen => _closeSeen.Task;
        public int Sends { get; private set; }
        public bool SendCancelled { get; private set; }

        public void FinishSend() => _sent.TrySetResult();

        public override WebSocketCloseStatus? CloseStatus => _closeStatus;
        public override string? CloseStatusDescription => null;
        public override WebSocketState State => _state;
        public override string? SubProtocol => null;

        public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            cancellationToken.Register(() => _closeSeen.TrySetResult());
            return _close.Task;
        }

        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            Sends++;
            cancellationToken.Register(() => SendCancelled = true);
            // The client's close is read while this send is still pending.
            _state = WebSocketState.CloseReceived;
            _close.TrySetResult(new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, WebSocketCloseStatus.NormalClosure, null));
            return _sent.Task;
        }

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            (_closeStatus, _state) = (closeStatus, WebSocketState.Closed);
            return Task.CompletedTask;
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

        public override void Abort() => _state = WebSocketState.Aborted;

        public override void Dispose()
        {
        }
    }
}
