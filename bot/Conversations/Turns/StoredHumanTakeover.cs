using System.Globalization;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>Takeovers kept in the conversation state store, so every instance sees them; a later takeover extends an earlier one.</summary>
public sealed class StoredHumanTakeover(IConversationStateStore store, TimeProvider clock) : IHumanTakeover
{
    public async Task TakeOverAsync(string channelId, string accountId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var key = Key(channelId, accountId);
        var value = until.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            if (await store.SaveAsync(key, value, stored?.Version, clock.GetUtcNow(), cancellationToken) is not null)
            {
                return;
            }
        }
    }

    public async Task<bool> IsTakenOverAsync(string channelId, string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(channelId, accountId), cancellationToken) is { } stored
        && DateTimeOffset.TryParse(stored.Payload, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var until)
        && until > clock.GetUtcNow();

    internal static string Key(string channelId, string accountId) => $"takeover:{channelId}:{accountId}";
}
