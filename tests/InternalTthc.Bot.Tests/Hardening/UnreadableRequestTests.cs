using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Bot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// A client that stops sending before its Content-Length (wrk ending a round, a dropped mobile link) is the client's
/// fault: the server's own status, an Information line, no error with a stack and no 500. Seen under load as
/// "Unexpected end of request content" thrown by the activity's read; on a real socket Kestrel may end the connection
/// before the request is done with, so the rule is checked on the step itself.
/// </summary>
public sealed class UnreadableRequestTests
{
    [Theory]
    [InlineData(StatusCodes.Status400BadRequest)]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    public async Task A_body_that_cannot_be_read_is_answered_with_its_status_and_logged_as_the_clients_fault(int status)
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var step = new UnreadableRequests(factory.CreateLogger<UnreadableRequests>());
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/messages";

        await step.ApplyAsync(context, () => throw new BadHttpRequestException("Unexpected end of request content.", status));

        Assert.Equal(status, context.Response.StatusCode);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal((LogLevel.Information, $"Refused POST /api/messages with {status}: Unexpected end of request content."), entry);
    }

    [Fact]
    public async Task Any_other_failure_is_not_taken_for_the_clients()
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var step = new UnreadableRequests(factory.CreateLogger<UnreadableRequests>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => step.ApplyAsync(new DefaultHttpContext(), () => throw new InvalidOperationException()));
        Assert.Empty(logs.Entries);
    }
}
