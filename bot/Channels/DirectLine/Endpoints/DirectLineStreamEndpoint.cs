using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Streaming;
using InternalTthc.Bot.Channels.DirectLine.Tokens;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary><c>GET /conversations/{id}/stream?watermark=&amp;t=</c>: the WebSocket of a streamUrl, opened with its short-lived token.</summary>
public sealed class DirectLineStreamEndpoint(DirectLineAuthorizer authorizer, ActivityStreamPump pump, IServiceScopeFactory scopes)
{
    public async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? watermark)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This address takes a WebSocket upgrade.");
        }

        var access = await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Stream, context.RequestAborted);
        if (access.Refusal is not null)
        {
            return access.Refusal;
        }

        if (!DirectLineActivityIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this service gave.");
        }

        var login = access.Identity!.Login;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await pump.RunAsync(socket, conversationId, after, ct => IsActiveAsync(login, ct), context.RequestAborted);
        return Results.Empty;
    }

    /// <summary>Asked afresh each time (a scope of its own): the socket's scope lives as long as it and remembers what it read.</summary>
    private async Task<bool> IsActiveAsync(string login, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectLineAuthorizer>().IsActiveAsync(login, cancellationToken);
    }
}
