using System.Globalization;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Direct Line's activities over the shared conversation log: appending gives the id and the watermark,
/// reading serves any instance, and replacing keeps the place (and the timestamp WebChat sorts by).
/// </summary>
public sealed class DirectLineActivityLog(
    IConversationLog log, ConversationSignals signals, TimeProvider time, IOptions<DirectLineOptions> options)
{
    /// <summary>The stored copy of <paramref name="activity"/>, with its id and the server's timestamp.</summary>
    public async Task<Activity> AppendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(activity);
        var now = time.GetUtcNow();
        Activity? stored = null;
        await log.AppendAsync(conversationId, sequence =>
        {
            stored = activity with { Id = DirectLineActivityIds.Format(conversationId, sequence), Timestamp = now };
            return JsonSerializer.Serialize(stored, BotJson.Options);
        }, now, cancellationToken);
        signals.Appended(conversationId);
        return stored!;
    }

    public async Task<ActivitySet> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var entries = await log.ReadAfterAsync(conversationId, watermark, options.Value.MaxActivitiesPerSet, cancellationToken);
        var activities = entries.Select(entry => JsonSerializer.Deserialize<Activity>(entry.Payload, BotJson.Options)!).ToArray();
        var last = entries.Count == 0 ? watermark : entries[^1].Sequence;
        return new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Replaces the stored activity with the same id; false when there is none.</summary>
    public async Task<bool> ReplaceAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(activity);
        if (!DirectLineActivityIds.TryParse(activity.Id, conversationId, out var sequence))
        {
            return false;
        }

        var original = await log.ReadAfterAsync(conversationId, sequence - 1, 1, cancellationToken);
        if (original.Count == 0 || original[0].Sequence != sequence)
        {
            return false;
        }

        var timestamp = JsonSerializer.Deserialize<Activity>(original[0].Payload, BotJson.Options)?.Timestamp;
        var replacement = activity with { Timestamp = timestamp ?? time.GetUtcNow() };
        if (!await log.ReplaceAsync(conversationId, sequence, JsonSerializer.Serialize(replacement, BotJson.Options), cancellationToken))
        {
            return false;
        }

        // Clients already past this watermark learn of the change only through the open stream.
        signals.Push(conversationId, replacement);
        return true;
    }

    private static string ConversationOf(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException("The activity has no conversation id.");
}
