namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// One webhook event as the bot reads it. Ids and the timestamp stay strings: Zalo's ids exceed 2^53 and the
/// signature covers the timestamp as sent.
/// </summary>
public sealed record ZaloEvent
{
    public required string Name { get; init; }

    /// <summary>Epoch milliseconds, as sent.</summary>
    public required string Timestamp { get; init; }

    public required DateTimeOffset At { get; init; }

    public ZaloEventKind Kind { get; init; }
    public string? SenderId { get; init; }
    public string? RecipientId { get; init; }
    public string? FollowerId { get; init; }
    public string? MessageId { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<ZaloEventAttachment> Attachments { get; init; } = [];

    /// <summary>The phone number shared with <c>user_submit_info</c>.</summary>
    public string? SharedPhone { get; init; }

    /// <summary>The Zalo user the event is about: the sender of his messages, the recipient of the OA's, the follower.</summary>
    public string? UserId => Kind switch
    {
        ZaloEventKind.OaEcho => RecipientId,
        ZaloEventKind.Follow or ZaloEventKind.Unfollow => FollowerId ?? SenderId,
        _ => SenderId,
    };

    /// <summary>What tells one event from another: the message id, else the event, its moment and its user.</summary>
    public string Key => MessageId is { Length: > 0 } id ? id : $"{Name}:{Timestamp}:{UserId}";
}
