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
}
