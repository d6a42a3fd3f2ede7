using System.Globalization;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Handoff;

/// <summary>How many times in a row the bot did not understand a conversation, kept in the conversation's state (any instance).</summary>
public sealed class NotUnderstoodCount(IConversationStateStore states, TimeProvider clock)
{
    /// <summary>Counts one more; returns the count in a row.</summary>
    public async Task<int> AddAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var key = Key(channelId, conversationId);
        var stored = await states.GetAsync(key, ct);
        var count = (stored is null ? 0 : int.Parse(stored.Payload, CultureInfo.InvariantCulture)) + 1;
        // A second message counted at the same moment loses the race: one count for both is close enough.
        await states.SaveAsync(key, count.ToString(CultureInfo.InvariantCulture), stored?.Version, clock.GetUtcNow(), ct);
        return count;
    }

    /// <summary>Back to none; read first, so an understood turn with nothing counted (nearly every one) writes nothing.</summary>
    public async Task ResetAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var key = Key(channelId, conversationId);
        if (await states.GetAsync(key, ct) is not null) await states.DeleteAsync(key, ct);
    }

    internal static string Key(string channelId, string conversationId) => $"not-understood:{channelId}:{conversationId}";
}
