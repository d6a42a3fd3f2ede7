using System.Security.Cryptography;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>Keeps each Zalo user's <see cref="ZaloUserState"/> in the conversation state store (optimistic, retried on a race).</summary>
public sealed class ZaloUserStates(IConversationStateStore store, TimeProvider clock)
{
    private const int Attempts = 5;

    /// <summary>A new short payload id (8 characters, 48 random bits).</summary>
    public static string NewPayloadId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(6)).Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Records the choices of a message about to be queued in <paramref name="parts"/> parts and returns the moment of each
    /// part, each later than anything queued for the user before.
    /// </summary>
    public async Task<IReadOnlyList<DateTimeOffset>> RecordAsync(
        string userId, IReadOnlyList<CardAction> numbered, IReadOnlyList<ZaloPayload> payloads, int parts, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (state, version) = await LoadAsync(userId, ct);
            var start = Max(clock.GetUtcNow(), state.LastQueuedAt.AddMilliseconds(1));
            var moments = Enumerable.Range(0, parts).Select(i => start.AddMilliseconds(i)).ToList();
            var next = state with
            {
                Numbered = numbered,
                Payloads = [.. state.Payloads.Concat(payloads).TakeLast(ZaloUserState.KeptPayloads)],
                LastQueuedAt = moments.Count > 0 ? moments[^1] : state.LastQueuedAt,
            };
            if (await store.SaveAsync(Key(userId), JsonSerializer.Serialize(next, BotJson.Options), version, clock.GetUtcNow(), ct) is not null || attempt == Attempts)
            {
                return moments;
            }
        }
    }

    /// <summary>The choice the user's text picks: a button's payload, or a number or title of the latest message's choices.</summary>
    public async Task<ZaloChoice> ResolveAsync(string userId, string text, CancellationToken ct)
    {
        var (state, _) = await LoadAsync(userId, ct);
        var typed = text.Trim();
        if (typed.StartsWith(ZaloPayload.Prefix, StringComparison.Ordinal))
        {
            var id = typed[ZaloPayload.Prefix.Length..];
            return state.Payloads.LastOrDefault(p => p.Id == id) is { } payload ? new ZaloChoice(payload.Choice, false) : new ZaloChoice(null, true);
        }

        return new ZaloChoice(TextChoices.Choose(state.Numbered, typed), false);
    }

    private async Task<(ZaloUserState State, int? Version)> LoadAsync(string userId, CancellationToken ct) =>
        await store.GetAsync(Key(userId), ct) is { } stored
            ? (JsonSerializer.Deserialize<ZaloUserState>(stored.Payload, BotJson.Options) ?? new(), stored.Version)
            : (new ZaloUserState(), null);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Key(string userId) => $"zalo-user:{userId}";
}
