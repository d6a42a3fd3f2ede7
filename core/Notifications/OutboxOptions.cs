namespace InternalTthc.Core.Notifications;

/// <summary>How the outbox dispatcher works (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the dispatcher in this process; several instances may run it against one database.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// How long a leased row belongs to one instance without news from it; a crashed instance's rows come back after it.
    /// A live instance renews it every <see cref="LeaseRenewal"/>, however long the work takes.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an instance renews the leases of the rows it is working on.</summary>
    public TimeSpan LeaseRenewal { get; init; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// How long a row's send claim keeps other instances from sending it, however its lease fares: a live instance is done
    /// with its send well within it (it starts the send only while the claim is younger than this less twice
    /// <see cref="SendTimeout"/>), and a killed instance's claim is taken over once it is older.
    /// </summary>
    public TimeSpan SendClaimValidity { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long one proactive call over HTTP may take before it is given up and the row tried again later (the channel may
    /// have taken it: at least once). Far above a channel's usual answer, well under <see cref="SendClaimValidity"/>.
    /// </summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Attempts before a row goes to the dead letters, where administrators see and re-send it. With the default delays
    /// (10 s doubling up to an hour) twelve attempts span about three hours, so a channel's outage of two hours loses
    /// nothing to the dead letters.
    /// </summary>
    public int MaxAttempts { get; init; } = 12;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a message waits for a person who never wrote to the bot; once he does, older ones are dropped
    /// (the case card he can ask for shows where things stand).
    /// </summary>
    public TimeSpan HoldForContact { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often an idle dispatcher looks for due rows (new rows wake it at once).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Proactive sends per second to one channel (notifications, reminders, announcements, card updates): under Teams'
    /// 50 requests per second per app and tenant, which the answers to people's own messages share, and Zalo's 4,000 a minute.
    /// </summary>
    public int MessagesPerSecond { get; init; } = 40;

    /// <summary>A channel's own rate where it differs from <see cref="MessagesPerSecond"/>, by channel id ("msteams": 30).</summary>
    public Dictionary<string, int> ChannelMessagesPerSecond { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest rate a channel may be given; the limiter keeps one moment per token.</summary>
    public const int MaxMessagesPerSecond = 10_000;

    public int MessagesPerSecondFor(string channelId) =>
        ChannelMessagesPerSecond.TryGetValue(channelId, out var own) ? own : MessagesPerSecond;

    /// <summary>What is wrong with the send claim's times, for the administrator; null when they are usable.</summary>
    public string? SendClaimProblem() => SendTimeout > TimeSpan.Zero && SendClaimValidity > SendTimeout * 3 ? null
        : $"{Section}:SendClaimValidity ({SendClaimValidity}) must be more than three times {Section}:SendTimeout ({SendTimeout}), which must be positive.";

    /// <summary>What is wrong with the rates, for the administrator; null when they are usable.</summary>
    public string? RateProblem() => ChannelMessagesPerSecond.Select(c => (Name: $"{Section}:ChannelMessagesPerSecond:{c.Key}", Rate: c.Value))
        .Prepend((Name: $"{Section}:MessagesPerSecond", Rate: MessagesPerSecond))
        .Where(r => r.Rate is < 1 or > MaxMessagesPerSecond)
        .Select(r => $"{r.Name} is {r.Rate}: it must be a whole number of messages per second from 1 to {MaxMessagesPerSecond}.")
        .FirstOrDefault();
}
