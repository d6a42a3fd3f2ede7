using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// What the bot sends to a stored Zalo conversation (a notification, a relayed message): the first message goes at once,
/// so its outcome is the delivery's — a <see cref="ZaloApiException"/> tells the outbox to retry, wait for the person's next
/// message (-230) or try his other channels — and any further pieces follow through the outbox in order.
/// </summary>
public sealed class ZaloChannelSender(ZaloOutbox outbox, ZaloApiClient client) : IChannelSender
{
    public bool Carries(string? channelId) => channelId == ChannelIds.Zalo;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsType(ActivityTypes.Message))
        {
            return new ResourceResponse(null);
        }

        var user = ZaloOutbox.UserOf(activity);
        var messages = await outbox.PrepareAsync(user, activity, cancellationToken);
        if (messages.Count == 0)
        {
            return new ResourceResponse(null);
        }

        var id = await client.SendAsync(user, messages[0].Message, cancellationToken) ?? $"zalo-{Guid.NewGuid():N}";
        await outbox.QueueAsync(user, [.. messages.Skip(1)], part => $"{id}:{part + 1}", null, cancellationToken);
        return new ResourceResponse(id);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Zalo cannot change a message once sent.");

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Zalo cannot delete a message once sent.");
}
