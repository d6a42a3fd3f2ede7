using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// One proactive call into a stored conversation (send a message, update a card), its failure turned into what the
/// outbox needs to decide: retry, give up on the message, or mark the person blocked.
/// </summary>
public sealed class ConversationCalls(ProactiveTurns proactive)
{
    /// <summary>Null when the channel took the call; why not otherwise.</summary>
    public async Task<ConnectorFailure?> TryAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> call, CancellationToken ct)
    {
        try
        {
            await proactive.ContinueConversationAsync(reference, call, ct);
            return null;
        }
        // InvalidOperationException: a stored reference the sender cannot address, or a message our own Direct Line lacks.
        catch (Exception e) when (e is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            return ConnectorFailure.From(e);
        }
    }
}
