using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>
/// One-time codes that link another chat account to a person: he asks for one where he is known (Teams, Web Chat), and
/// sends it from the account to link (Zalo) within <see cref="Lifetime"/>. An account gets a few wrong tries, then waits.
/// </summary>
public sealed class AccountLinkCodes(IConversationStateStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxWrongTries = 5;
    private static readonly TimeSpan TriesWindow = TimeSpan.FromMinutes(30);

    /// <summary>A new six-digit code for <paramref name="personId"/>; an older code of his keeps working until it runs out.</summary>
    public async Task<string> IssueAsync(Guid personId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var issued = JsonSerializer.Serialize(new Issued(personId, now + Lifetime), BotJson.Options);
        while (true)
        {
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var held = await store.GetAsync(Key(code), ct);
            // A code in use is never given twice; one run out is taken over.
            if (held is not null && Read(held.Payload)?.ExpiresAt > now) continue;
            if (await store.SaveAsync(Key(code), issued, held?.Version, now, ct) is not null) return code;
        }
    }

    /// <summary>The person a code was issued to, used up by this; null when it is unknown or run out, or the account tried too often.</summary>
    public async Task<LinkCodeResult> RedeemAsync(string channelId, string accountId, string code, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tries = await store.GetAsync(TriesKey(channelId, accountId), ct);
        var wrong = tries is not null && Read(tries.Payload) is { } t && t.ExpiresAt > now ? t : null;
        if (wrong?.Count >= MaxWrongTries)
        {
            return new LinkCodeResult(null, TooManyTries: true);
        }

        // Used up by marking it run out, on the version read: of two accounts sending it at once, one links.
        if (await store.GetAsync(Key(code), ct) is { } held && Read(held.Payload) is { } issued && issued.ExpiresAt > now
            && await store.SaveAsync(Key(code), JsonSerializer.Serialize(issued with { ExpiresAt = now }, BotJson.Options), held.Version, now, ct) is not null)
        {
            await store.DeleteAsync(TriesKey(channelId, accountId), ct);
            return new LinkCodeResult(issued.PersonId, false);
        }

        var counted = new Issued(Guid.Empty, wrong?.ExpiresAt ?? now + TriesWindow) { Count = (wrong?.Count ?? 0) + 1 };
        await store.SaveAsync(TriesKey(channelId, accountId), JsonSerializer.Serialize(counted, BotJson.Options), tries?.Version, now, ct);
        return new LinkCodeResult(null, false);
    }

    private static Issued? Read(string payload) => JsonSerializer.Deserialize<Issued>(payload, BotJson.Options);

    private static string Key(string code) => $"link-code:{code}";

    private static string TriesKey(string channelId, string accountId) => $"link-tries:{channelId}:{accountId}";

    /// <summary>A code's person and end; for an account's wrong tries, their count and when they are forgotten.</summary>
    private sealed record Issued(Guid PersonId, DateTimeOffset ExpiresAt)
    {
        public int Count { get; init; }
    }
}
