using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Channels.Protection;

/// <summary>
/// A request whose body cannot be read — the client closed it before its Content-Length, sent a broken chunk or more
/// than the server takes — is answered with the server's own status (400, 413) and logged as the client's fault, not as
/// an unhandled exception with its stack and a 500.
/// </summary>
public sealed class UnreadableRequests(ILogger<UnreadableRequests> logger)
{
    public async Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next();
        }
        catch (BadHttpRequestException e)
        {
            logger.LogInformation("Refused {Method} {Path} with {Status}: {Reason}", context.Request.Method, context.Request.Path.Value, e.StatusCode, e.Message);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = e.StatusCode;
            }
        }
    }
}
