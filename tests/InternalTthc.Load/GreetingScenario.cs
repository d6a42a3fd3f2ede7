namespace InternalTthc.Load;

/// <summary>
/// "xin chào": the person resolved, his form state read, and the menu sent back — or, when the menu is already the
/// last card of the conversation, the short pointer to it; both name the procedures ("thủ tục").
/// </summary>
public sealed class GreetingScenario : IScenario
{
    public string Name => "greeting";

    public async Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken) =>
        await client.SendAsync(sender, "xin chào", null, cancellationToken) is { } took
        && channel.LastReply(LoadSenders.Conversation(sender)).Contains("thủ tục", StringComparison.Ordinal) ? took : null;
}
