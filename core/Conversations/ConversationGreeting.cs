namespace InternalTthc.Core.Conversations;

/// <summary>A person greeted in a conversation: installing the app and opening the chat greet him once, not each time.</summary>
public sealed class ConversationGreeting
{
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The channel's id of the person greeted.</summary>
    public required string AccountId { get; init; }

    public required DateTimeOffset GreetedAt { get; init; }
}
