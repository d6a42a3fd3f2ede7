using System.Text.Json;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>Keeps a person's <see cref="PendingCaseAction"/> in the conversation state store, so another instance continues it.</summary>
public sealed class PendingCaseActions(IConversationStateStore states, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PendingCaseAction?> LoadAsync(Guid personId, CancellationToken ct) =>
        await states.GetAsync(Key(personId), ct) is { } stored ? JsonSerializer.Deserialize<PendingCaseAction>(stored.Payload, Json) : null;

    /// <summary>The latest press wins: it replaces whatever was waiting.</summary>
    public async Task SaveAsync(Guid personId, PendingCaseAction pending, CancellationToken ct)
    {
        await states.DeleteAsync(Key(personId), ct);
        await states.SaveAsync(Key(personId), JsonSerializer.Serialize(pending, Json), null, clock.GetUtcNow(), ct);
    }

    /// <summary>
    /// Forgets what was waiting. Every press of another button asks this, and nearly always nothing waits: the state is read
    /// (a read the turn made already is served again) and deleted only when it is there, rather than written every time.
    /// </summary>
    public async Task DeleteAsync(Guid personId, CancellationToken ct)
    {
        if (await states.GetAsync(Key(personId), ct) is not null)
        {
            await states.DeleteAsync(Key(personId), ct);
        }
    }

    internal static string Key(Guid personId) => $"case-action:{personId:N}";
}
