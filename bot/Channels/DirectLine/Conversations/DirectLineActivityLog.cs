using System.Globalization;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Direct Line's activities over the shared conversation log: appending gives the id and the watermark,
/// reading serves any instance, and replacing keeps the place (and the timestamp WebChat sorts by) and re-sends the activity.
/// </summary>
public sealed class DirectLineActivityLog(
    IConversationLog log, ConversationSignals signals, IUnitOfWork unit, TimeProvider time, IOptions<DirectLineOptions> options)
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
        // Inside a larger unit (a notification and its delivery record) the row is readable only once that commits.
        unit.AfterCommit(() => signals.Appended(conversationId));
        return stored!;
    }

    /// <summary>
    /// What a client with <paramref name="watermark"/> has not seen: new activities, and the re-sent copies of those it
    /// saw before they changed (a copy of one it has yet to read is left out: the activity itself already shows the change).
    /// </summary>
    public async Task<ActivitySet> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var entries = await log.ReadAfterAsync(conversationId, watermark, options.Value.MaxActivitiesPerSet, cancellationToken);
        var activities = entries.Select(entry => (entry.Sequence, Activity: JsonSerializer.Deserialize<Activity>(entry.Payload, BotJson.Options)!))
            .Where(e => !DirectLineActivityIds.TryParse(e.Activity.Id, conversationId, out var first) || first == e.Sequence || first <= watermark)
            .Select(e => e.Activity).ToArray();
        var last = entries.Count == 0 ? watermark : entries[^1].Sequence;
        return new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Replaces the stored activity with the same id, so a history read from the start shows it once, as it now stands;
    /// and sends the replacement again after the watermark, with that id and the first timestamp, so every client —
    /// streaming or polling, on any instance — receives it. Web Chat puts an incoming activity in place of the one with
    /// its id, at the place its timestamp sorts it (botframework-webchat-core createActivitiesReducer, upsertActivityWithSort).
    /// False when there is no such activity.
    /// </summary>
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

        var first = JsonSerializer.Deserialize<Activity>(original[0].Payload, BotJson.Options);
        // In place: the moment and the message it answered stay, whichever later turn redraws it.
        var payload = JsonSerializer.Serialize(activity with { Timestamp = first?.Timestamp ?? time.GetUtcNow(), ReplyToId = first?.ReplyToId }, BotJson.Options);
        if (!await log.ReplaceAndAppendAsync(conversationId, sequence, payload, time.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        unit.AfterCommit(() => signals.Appended(conversationId));
        return true;
    }

    private static string ConversationOf(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException("The activity has no conversation id.");
}
