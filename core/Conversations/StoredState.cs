namespace InternalTthc.Core.Conversations;

/// <summary>The saved state of a conversation flow (JSON) with the version that guards its updates.</summary>
public sealed class StoredState
{
    public required string Key { get; init; }
    public required string Payload { get; set; }
    public int Version { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}
