using InternalTthc.Bot.Channels.Protection;
using Microsoft.AspNetCore.Mvc;

namespace InternalTthc.Bot.Handoff.Console;

public static class AgentConsoleRouteBuilderExtensions
{
    /// <summary>The agent console under <c>/can-bo</c>, its SignalR hub, and the hand-offs' files.</summary>
    public static IEndpointRouteBuilder MapAgentConsole(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").RequireRateLimiting(RateLimitPolicies.Pages);
        pages.MapGet("/can-bo", (HttpContext c, [FromServices] AgentConsoleEndpoints e) => e.PageAsync(c));
        pages.MapGet("/can-bo/session", (HttpContext c, [FromServices] AgentConsoleEndpoints e) => e.SessionAsync(c));
        if (endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            pages.MapGet("/can-bo/demo-people", ([FromServices] AgentConsoleEndpoints e, CancellationToken ct) => e.DemoAgentsAsync(ct));
        }

        endpoints.MapPost("/can-bo/handoffs/{id}/files", (HttpContext c, string id, [FromServices] AgentConsoleEndpoints e,
            [FromServices] ConsoleActions actions, [FromServices] HandoffFiles files) => e.UploadAsync(c, id, actions, files)).DisableAntiforgery();
        endpoints.MapGet("/handoffs/{id}/files/{fileId}", HandoffFileEndpoint.DownloadAsync);
        endpoints.MapHub<AgentConsoleHub>("/can-bo/hub");
        return endpoints;
    }
}
