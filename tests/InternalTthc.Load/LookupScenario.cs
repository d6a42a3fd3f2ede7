namespace InternalTthc.Load;

/// <summary>"hồ sơ của tôi": the cases of the user's unit, read and sent back as a list.</summary>
public sealed class LookupScenario : IScenario
{
    public string Name => "lookup";

    public async Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken) =>
        await client.SendAsync(sender, "hồ sơ của tôi", null, cancellationToken);
}
