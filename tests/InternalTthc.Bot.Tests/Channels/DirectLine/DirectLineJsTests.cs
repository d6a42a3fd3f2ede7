using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The real botframework-directlinejs client (npm, unmodified) against the real service: tests/web/directline.test.mjs
/// under node's test runner — start, post, the bot's answer over WebSocket and polling, and reconnect with a watermark.
/// </summary>
public sealed class DirectLineJsTests : DirectLineTest
{
    [Fact]
    public async Task The_directlinejs_client_starts_posts_receives_and_reconnects()
    {
        var (exit, output) = await NodeRunner.RunAsync("--test", ["directline.test.mjs"], Ct, new Dictionary<string, string>
        {
            ["DIRECTLINE_BASE"] = Host.Address.ToString(),
            ["DIRECTLINE_LOGIN"] = "lcu.daumoi",
        });

        Assert.True(exit == 0, output);
        Assert.Contains("# pass 3", output, StringComparison.Ordinal);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
