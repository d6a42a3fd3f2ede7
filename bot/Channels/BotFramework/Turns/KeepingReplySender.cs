using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// The sender of one inbound turn: a reply the channel cannot take now is handed to the <see cref="IReplyKeeper"/> and the
/// turn goes on; once one is kept, the turn's later replies are kept too, so they reach the conversation in order.
/// </summary>
public sealed class KeepingReplySender(IChannelSender inner, IReplyKeeper keeper) : IChannelSender
{
    private bool _keeping;

    public bool Carries(string? channelId) => inner.Carries(channelId);

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var typing = activity.IsType(ActivityTypes.Typing);
        if (!_keeping)
        {
            try
            {
                return await inner.SendAsync(activity, cancellationToken);
            }
            catch (Exception e) when (IsOutage(e, cancellationToken))
            {
                _keeping = true;
            }
        }

        // Typing is worth nothing later.
        if (!typing)
        {
            await keeper.KeepAsync(activity, cancellationToken);
        }

        return new ResourceResponse(null);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => inner.UpdateAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        inner.DeleteAsync(reference, activityId, cancellationToken);

    /// <summary>The channel cannot be reached or is failing for now; a refusal (blocked, gone, bad request) is not kept.</summary>
    public static bool IsOutage(Exception e, CancellationToken cancellationToken) => e switch
    {
        ConversationBlockedException => false,
        ConnectorException c => c.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)c.StatusCode >= 500,
        HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
