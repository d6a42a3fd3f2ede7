using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// The bot's side of our own Direct Line: what the bot sends goes into the conversation log (and so to every
/// client and instance); an update is the activity re-sent with its id, which Web Chat shows in place of the old one;
/// typing is pushed to open streams only, as Azure sends it over WebSocket alone.
/// </summary>
public sealed class DirectLineChannelSender(DirectLineActivityLog log, ConversationSignals signals, TimeProvider time) : IChannelSender
{
    public bool Carries(string? channelId) => channelId is ChannelIds.Directline or ChannelIds.Webchat;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Typing) && activity.Conversation?.Id is { } conversationId)
        {
            signals.Push(conversationId, activity with { Timestamp = time.GetUtcNow() });
            return new ResourceResponse(null);
        }

        var stored = await log.AppendAsync(activity, cancellationToken);
        return new ResourceResponse(stored.Id);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await log.ReplaceAsync(activity, cancellationToken)
            ? new ResourceResponse(activity.Id)
            : throw new ActivityNotFoundException($"There is no activity '{activity.Id}' to update in this conversation.");
    }

    public async Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // The log keeps its numbering, so a deleted activity becomes a tombstone at the same place (Web Chat renders only messages and typing).
        var tombstone = new Activity { Type = ActivityTypes.MessageDelete, Id = activityId, Conversation = reference.Conversation, ChannelId = reference.ChannelId };
        if (!await log.ReplaceAsync(tombstone, cancellationToken))
        {
            throw new ActivityNotFoundException($"There is no activity '{activityId}' to delete in this conversation.");
        }
    }
}
