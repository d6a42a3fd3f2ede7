using System.Threading.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Wakes the open streams of this instance: "something was appended" (null), or an activity to push as it is
/// (a typing indicator, never stored). Other instances are found by polling.
/// </summary>
public sealed class ConversationSignals
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Subscription>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                _subscribers[conversationId] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    public void Appended(string conversationId) => Publish(conversationId, null);

    public void Push(string conversationId, Activity activity) => Publish(conversationId, activity);

    private void Publish(string conversationId, Activity? activity)
    {
        lock (_gate)
        {
            foreach (var subscription in _subscribers.GetValueOrDefault(conversationId) ?? [])
            {
                subscription.Signals.Writer.TryWrite(new Signal(activity));
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(subscription.ConversationId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _subscribers.Remove(subscription.ConversationId);
            }
        }
    }

    /// <summary>One stream's inbox; a record wrapper because a channel of a nullable item is awkward to drain.</summary>
    public sealed record Signal(Activity? Pushed);

    public sealed class Subscription(ConversationSignals owner, string conversationId) : IDisposable
    {
        internal Channel<Signal> Signals { get; } = Channel.CreateUnbounded<Signal>();

        public string ConversationId { get; } = conversationId;

        /// <summary>Waits for a signal or <paramref name="interval"/>; returns the activities pushed meanwhile.</summary>
        public async Task<IReadOnlyList<Activity>> WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var signal = Signals.Reader.WaitToReadAsync(waiting.Token).AsTask();
            var delay = Task.Delay(interval, time, waiting.Token);
            await Task.WhenAny(signal, delay);
            await waiting.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            var pushed = new List<Activity>();
            while (Signals.Reader.TryRead(out var item))
            {
                if (item.Pushed is { } activity)
                {
                    pushed.Add(activity);
                }
            }

            return pushed;
        }

        public void Dispose() => owner.Remove(this);
    }
}
