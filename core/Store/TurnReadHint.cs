namespace InternalTthc.Core.Store;

/// <summary>An account's last turn's reads after the sighting (<see cref="TurnReadHints"/>).</summary>
/// <param name="StateKeys">The conversation states it prefetched.</param>
/// <param name="Person">Whose hand-offs it looked up, in <paramref name="Conversation"/> (null: it looked up none).</param>
internal sealed record TurnReadHint(IReadOnlyList<string> StateKeys, Guid? Person, string? Conversation)
{
    public static readonly TurnReadHint None = new([], null, null);

    public TurnReadHint WithStates(IReadOnlyList<string> keys) => StateKeys.SequenceEqual(keys, StringComparer.Ordinal) ? this : this with { StateKeys = keys };

    public TurnReadHint WithHandoffs(Guid person, string conversation) => Person == person && Conversation == conversation ? this : this with { Person = person, Conversation = conversation };
}
