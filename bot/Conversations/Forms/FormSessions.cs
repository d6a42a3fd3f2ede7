using System.Text.Json;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>Loads and saves a person's form session; one open form per person, across channels.</summary>
public sealed class FormSessions(IConversationStateStore states, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(FormSession Session, int Version)?> LoadAsync(Guid personId, CancellationToken ct)
    {
        var stored = await states.GetAsync(Key(personId), ct);
        return stored is null ? null : (JsonSerializer.Deserialize<FormSession>(stored.Payload, Json)!, stored.Version);
    }

    /// <summary>Saves over <paramref name="version"/>; null when another press saved first.</summary>
    public Task<int?> SaveAsync(Guid personId, FormSession session, int? version, CancellationToken ct) =>
        states.SaveAsync(Key(personId), JsonSerializer.Serialize(session, Json), version, clock.GetUtcNow(), ct);

    /// <summary>Starts over: a new form replaces whatever was there.</summary>
    public Task<int> ReplaceAsync(Guid personId, FormSession session, CancellationToken ct) =>
        states.ReplaceAsync(Key(personId), JsonSerializer.Serialize(session, Json), clock.GetUtcNow(), ct);

    public Task DeleteAsync(Guid personId, CancellationToken ct) => states.DeleteAsync(Key(personId), ct);

    /// <summary>The session as <paramref name="filed"/> makes it of the case, saved over <paramref name="version"/> with the case (its code known then).</summary>
    public FilingMark Mark(Guid personId, int version, Func<Case, FormSession> filed) =>
        new(Key(personId), version, c => JsonSerializer.Serialize(filed(c), Json), clock.GetUtcNow());

    /// <summary>The turn's read of the session is stale: it was saved with its case (<see cref="Mark"/>).</summary>
    public void Forget(Guid personId) => states.Forget(Key(personId));

    internal static string Key(Guid personId) => $"form:{personId:N}";
}
