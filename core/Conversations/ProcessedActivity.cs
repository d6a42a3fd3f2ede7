namespace InternalTthc.Core.Conversations;

/// <summary>An inbound activity already processed: channels redeliver, the bot must act once.</summary>
public sealed class ProcessedActivity
{
    public required string ChannelId { get; init; }
    public required string ActivityId { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
}
