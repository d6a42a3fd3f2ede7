namespace InternalTthc.Core.Directory;

/// <summary>
/// An identity on a chat channel (a Teams user, a Zalo follower, a web user) and, once linked,
/// the person it belongs to. Holds the stored conversation reference for proactive messages.
/// </summary>
public sealed class ChannelAccount
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Bot Framework channel id: msteams, directline, webchat, emulator, zalo, terminal.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The user's id on that channel (Teams "29:...", Zalo user id, web login).</summary>
    public required string AccountId { get; init; }

    public string? AadObjectId { get; set; }
    public string? TenantId { get; set; }
    public Guid? PersonId { get; set; }

    /// <summary>The serialized conversation reference, stored only from authenticated requests.</summary>
    public string? ConversationReference { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>Set when the channel says the user blocked the bot; proactive sends skip this account.</summary>
    public DateTimeOffset? BlockedAt { get; set; }
}
