using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>Sends a reply kept while its channel was out of reach; an outage again is retried, a refusal (blocked, gone) ends it.</summary>
public sealed class KeptReplyHandler(ConnectorChannelSender sender) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (JsonSerializer.Deserialize<Activity>(message.Payload, BotJson.Options) is not { } reply)
        {
            return OutboxResult.Failed("Unreadable kept reply.");
        }

        try
        {
            await sender.SendAsync(reply, cancellationToken);
            return OutboxResult.Done();
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            var failure = ConnectorFailure.From(e);
            return failure.Gone ? OutboxResult.Cancelled(failure.Detail) : OutboxResult.Retry(failure.Detail, failure.RetryAfter);
        }
    }
}
