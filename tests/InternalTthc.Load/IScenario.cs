namespace InternalTthc.Load;

/// <summary>One kind of user action, repeated by every simulated user for the run's duration.</summary>
public interface IScenario
{
    string Name { get; }

    /// <summary>Does the action once as <paramref name="sender"/>; how long its measured turn took, null on an error.</summary>
    Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken);
}
