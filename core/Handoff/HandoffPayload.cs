using System.Globalization;
using System.Text.Json;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Core.Handoff;

/// <summary>
/// What the outbox carries for a hand-off: an offer card to one agent, the update of the offers shown once it is taken,
/// the requesters' places in a queue that moved, and the time-outs (no agent took it; the agent fell silent), each due
/// at its moment on the service's clock.
/// </summary>
public sealed record HandoffPayload(Guid HandoffId)
{
    public const string OfferTopic = "handoff.offer";
    public const string OffersTakenTopic = "handoff.taken";
    public const string QueueTopic = "handoff.queue";
    public const string TimeoutTopic = "handoff.timeout";

    /// <summary>The agent an offer goes to.</summary>
    public Guid? RecipientId { get; init; }

    /// <summary>For <see cref="TimeoutTopic"/>: which wait runs out.</summary>
    public HandoffEnd? Timeout { get; init; }

    public static OutboxMessage Offer(Guid handoffId, Guid agentId, DateTimeOffset now) =>
        Message(OfferTopic, new HandoffPayload(handoffId) { RecipientId = agentId }, $"{handoffId:N}:{agentId:N}", now, now, recipient: agentId);

    public static OutboxMessage OffersTaken(Guid handoffId, DateTimeOffset now) =>
        Message(OffersTakenTopic, new HandoffPayload(handoffId), $"{handoffId:N}:{now.UtcTicks}", now, now);

    /// <summary>The places of the requests waiting beside <paramref name="handoffId"/> moved (it was taken or ended).</summary>
    public static OutboxMessage QueueMoved(Guid handoffId, DateTimeOffset now) =>
        Message(QueueTopic, new HandoffPayload(handoffId), $"{handoffId:N}:{now.UtcTicks}", now, now);

    public static OutboxMessage TimeoutAt(Guid handoffId, HandoffEnd wait, DateTimeOffset due, DateTimeOffset now) =>
        Message(TimeoutTopic, new HandoffPayload(handoffId) { Timeout = wait }, $"{handoffId:N}:{wait}:{due.UtcTicks.ToString(CultureInfo.InvariantCulture)}", now, due);

    public static HandoffPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<HandoffPayload>(message.Payload);

    private static OutboxMessage Message(string topic, HandoffPayload payload, string key, DateTimeOffset now, DateTimeOffset due, Guid? recipient = null) => new()
    {
        Topic = topic,
        RecipientId = recipient,
        Payload = JsonSerializer.Serialize(payload),
        IdempotencyKey = $"{topic}:{key}",
        CreatedAt = now,
        NextAttemptAt = due,
    };
}
