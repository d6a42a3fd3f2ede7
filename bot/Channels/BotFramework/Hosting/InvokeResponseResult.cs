using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>Writes an <see cref="InvokeResponse"/> as the HTTP answer: its status, and its body as JSON when it has one.</summary>
public sealed class InvokeResponseResult(InvokeResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = response.Status;
        if (response.Body is { } body)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, BotJson.Options, httpContext.RequestAborted);
        }
    }
}
