namespace InternalTthc.Load;

/// <summary>"xin chào": the person resolved, his form state read, the menu card sent back.</summary>
public sealed class GreetingScenario : IScenario
{
    public string Name => "greeting";

    public async Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken) =>
        await client.SendAsync(sender, "xin chào", null, cancellationToken) is { } took
        && channel.LastReply(LoadSenders.Conversation(sender)).Contains("Xin chào", StringComparison.Ordinal) ? took : null;
}
