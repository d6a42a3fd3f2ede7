using InternalTthc.Bot.Channels.DirectLine.Endpoints;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Channels.Protection;
using Microsoft.AspNetCore.Mvc;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>Maps Direct Line 3.0 under <c>/v3/directline</c> and the Web Chat page at <c>/</c>.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>Needs <c>UseWebSockets</c> and <c>UseCors</c> in the pipeline (TthcApp adds them).</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Made now, so a random Development key is announced at start rather than at the first token.
        endpoints.ServiceProvider.GetRequiredService<DirectLineSigningKey>();

        var api = endpoints.MapGroup(DirectLineAddresses.RoutePrefix).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        api.MapPost("/tokens/generate", (HttpContext c, [FromServices] DirectLineTokenEndpoints e) => e.GenerateAsync(c))
            .RequireRateLimiting(RateLimitPolicies.DirectLineTokens);
        api.MapPost("/tokens/refresh", (HttpContext c, [FromServices] DirectLineTokenEndpoints e) => e.RefreshAsync(c))
            .RequireRateLimiting(RateLimitPolicies.DirectLineTokens);
        api.MapPost("/conversations", (HttpContext c, [FromServices] DirectLineConversationEndpoints e) => e.StartAsync(c));
        api.MapGet("/conversations/{conversationId}", (HttpContext c, string conversationId, string? watermark,
            [FromServices] DirectLineConversationEndpoints e) => e.ReconnectAsync(c, conversationId, watermark));
        api.MapPost("/conversations/{conversationId}/activities", (HttpContext c, string conversationId,
            [FromServices] DirectLineActivityEndpoints e) => e.PostAsync(c, conversationId));
        api.MapGet("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, string? watermark,
            [FromServices] DirectLineActivityEndpoints e) => e.GetAsync(c, conversationId, watermark));
        api.MapPost("/conversations/{conversationId}/upload", (HttpContext c, string conversationId,
            [FromServices] DirectLineUploadEndpoint e) => e.HandleAsync(c, conversationId)).DisableAntiforgery();
        api.MapGet("/conversations/{conversationId}/attachments/{fileId}", (HttpContext c, string conversationId, string fileId,
            [FromServices] DirectLineAttachmentEndpoint e) => e.HandleAsync(c, conversationId, fileId));
        api.MapGet("/conversations/{conversationId}/stream", (HttpContext c, string conversationId, string? watermark,
            [FromServices] DirectLineStreamEndpoint e) => e.HandleAsync(c, conversationId, watermark));

        MapPage(endpoints);
        return endpoints;
    }

    private static void MapPage(IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("lib/webchat.js").Exists)
        {
            // The build copies it from npm; without npm the service runs, but the page cannot chat.
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpointRouteBuilderExtensions).FullName!)
                .LogWarning("wwwroot/lib/webchat.js is missing: the Web Chat page at / cannot start. Run `npm ci` in bot/webchat and build again.");
        }

        var pages = endpoints.MapGroup("").RequireRateLimiting(RateLimitPolicies.Pages);
        pages.MapGet("/", (HttpContext c, [FromServices] WebChatPageEndpoints e) => e.PageAsync(c));
        pages.MapGet("/webchat/session", (HttpContext c, [FromServices] WebChatPageEndpoints e) => e.SessionAsync(c));
        if (endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            pages.MapGet("/webchat/demo-people", ([FromServices] WebChatPageEndpoints e, CancellationToken ct) => e.DemoPeopleAsync(ct));
            pages.MapPost("/webchat/demo-sign-in", (HttpContext c, DemoSignInRequest request, [FromServices] WebChatPageEndpoints e) =>
                e.DemoSignInAsync(c, request));
            pages.MapPost("/webchat/demo-sign-out", WebChatPageEndpoints.DemoSignOut);
        }
    }
}
