using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// The sender of one Zalo turn: every reply goes into the outbox instead of over HTTP, so a reply Zalo cannot take now
/// (a token to renew, a rate limit, an outage) is retried by the outbox and the turn itself never fails for it.
/// </summary>
public sealed class ZaloReplyQueue(ZaloOutbox outbox, string turnKey, Guid? recipientId) : IChannelSender
{
    private int _sent;

    public bool Carries(string? channelId) => channelId == ChannelIds.Zalo;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsType(ActivityTypes.Message))
        {
            return new ResourceResponse(null); // Zalo has no typing indicator nor events
        }

        var reply = ++_sent;
        var user = ZaloOutbox.UserOf(activity);
        var messages = await outbox.PrepareAsync(user, activity, cancellationToken);
        await outbox.QueueAsync(user, messages, part => $"{turnKey}:{reply}:{part}", recipientId, cancellationToken);
        return new ResourceResponse($"{turnKey}:{reply}");
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Zalo cannot change a message once sent.");

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Zalo cannot delete a message once sent.");
}
