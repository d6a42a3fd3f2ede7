namespace InternalTthc.Core.Conversations;

/// <summary>
/// Where conversation flows keep their state between messages, so a restart or another instance
/// continues them. Updates are optimistic: two presses of the same button cannot both win.
/// </summary>
public interface IConversationStateStore
{
    Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Reads these keys in one query at the start of a turn; the turn's later <see cref="GetAsync"/> of any of them asks the
    /// store nothing (what is absent is remembered as absent). Kept for the scope (one turn) only, like any read.
    /// </summary>
    Task PrefetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Saves when the stored version still is <paramref name="expectedVersion"/> (null: nothing stored yet);
    /// returns the new version, or null when someone else saved first.
    /// </summary>
    Task<int?> SaveAsync(string key, string payload, int? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Saves as version 1 over whatever was stored (one write, where a delete and an insert were two); returns the version.</summary>
    Task<int> ReplaceAsync(string key, string payload, DateTimeOffset at, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets the turn's read of <paramref name="key"/>, saved by another way (a form's <see cref="Cases.FilingMark"/>, with its case).</summary>
    void Forget(string key);
}
