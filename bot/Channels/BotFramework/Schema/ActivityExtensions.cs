using System.Text.Json;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The SDK's activity helpers, as pure functions over immutable records.</summary>
public static class ActivityExtensions
{
    /// <summary>Captures where this activity came from, for replies and proactive messages (SDK <c>GetConversationReference</c>).</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Direct Line's conversationUpdate has a server-made id nobody can reply to.
        var unreplyable = activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.ChannelId is ChannelIds.Directline or ChannelIds.Webchat;
        return new ConversationReference
        {
            ActivityId = unreplyable ? null : activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>
    /// Addresses <paramref name="activity"/> by <paramref name="reference"/> (SDK <c>ApplyConversationReference</c>):
    /// outgoing activities go from the bot to the user and reply to the referenced activity.
    /// </summary>
    public static Activity ApplyConversationReference(
        this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        // One copy of the (large) record per call: every reply is addressed here.
        var (from, recipient) = isIncoming ? (reference.User, reference.Bot) : (reference.Bot, reference.User);
        return activity with
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            Locale = activity.Locale ?? reference.Locale,
            From = from,
            Recipient = recipient,
            Id = isIncoming ? reference.ActivityId ?? activity.Id : activity.Id,
            ReplyToId = isIncoming ? activity.ReplyToId : reference.ActivityId ?? activity.ReplyToId,
        };
    }

    /// <summary>
    /// The activity without the bot's own @mention in its text (SDK <c>RemoveRecipientMention</c>): Teams writes
    /// "&lt;at&gt;Trợ lý TTHC&lt;/at&gt; hàng đợi" in group chats and channels, and the words after it are what was asked.
    /// Mentions of other people stay.
    /// </summary>
    public static Activity RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is not { Length: > 0 } text || activity.Recipient?.Id is not { Length: > 0 } bot)
        {
            return activity;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.Properties is { } p
                && p.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == bot
                && p.TryGetValue("text", out var written) && written.ValueKind == JsonValueKind.String && written.GetString() is { Length: > 0 } at)
            {
                text = text.Replace(at, " ", StringComparison.Ordinal);
            }
        }

        return text == activity.Text ? activity : activity with { Text = text.Trim() };
    }

    /// <summary>A message answering <paramref name="activity"/>, with sender and recipient swapped (SDK <c>CreateReply</c>).</summary>
    public static Activity CreateReply(this Activity activity, string? text = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = activity.Recipient,
            Recipient = activity.From,
            ReplyToId = activity.Id,
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Conversation = activity.Conversation,
            Text = text ?? string.Empty,
            Locale = locale ?? activity.Locale,
            Attachments = [],
            Entities = [],
        };
    }
}
