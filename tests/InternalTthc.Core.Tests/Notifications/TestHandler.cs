using System.Collections.Concurrent;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>A handler for the "test" topic that counts what it handled per key and answers as the test says.</summary>
public sealed class TestHandler(Func<OutboxMessage, int, OutboxResult>? answer = null) : IOutboxHandler
{
    public const string TestTopic = "test";

    public ConcurrentDictionary<string, int> Handled { get; } = new();

    public Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = answer?.Invoke(message, message.Attempts) ?? OutboxResult.Done();
        if (result.Kind == OutboxResultKind.Done)
        {
            Handled.AddOrUpdate(message.IdempotencyKey, 1, (_, n) => n + 1);
        }

        return Task.FromResult(result);
    }

    public static OutboxMessage Message(int i, DateTimeOffset at, string? orderKey = null, Guid? recipientId = null) => new()
    {
        Topic = TestTopic, Payload = "{}", IdempotencyKey = $"{TestTopic}:{i}", CreatedAt = at, NextAttemptAt = at, OrderKey = orderKey, RecipientId = recipientId,
    };
}
