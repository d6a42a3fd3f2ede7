using System.Net;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// Every turn's reply is a POST through the connector's HttpClient (issue 14): it goes without IHttpClientFactory's logging
/// handlers, which opened a scope and timed every request even when nothing was logged. Failures are logged by
/// ConnectorClient itself.
/// </summary>
public sealed class ConnectorReplyLoggingTests
{
    [Fact]
    public async Task A_reply_to_the_connector_passes_no_http_client_logging_handler()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            // At Information the factory's handlers would write "Start processing HTTP request …" and "Sending HTTP request …".
            var settings = new Dictionary<string, string?> { ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information" };
            await using var host = await ServiceTestHost.StartAsync(folder, "Development", settings);
            var logged = host.Logs.Entries.Count;

            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "greeting", "xin chào"));

            Assert.NotEmpty(connector.Requests);
            Assert.DoesNotContain(host.Logs.Entries.Skip(logged), e => e.Message.Contains("HTTP request", StringComparison.Ordinal));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }
}
