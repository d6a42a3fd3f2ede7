using InternalTthc.Bot.Channels.Protection;
using Microsoft.AspNetCore.Mvc;

namespace InternalTthc.Bot.Handoff.Console;

public static class AgentConsoleRouteBuilderExtensions
{
    /// <summary>The agent console under <c>/can-bo</c> (its case workspace too), its SignalR hub, and the hand-offs' files.</summary>
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
        pages.MapGet("/can-bo/cases", (HttpContext c, string? filter, string? procedure, int? skip, [FromServices] ConsoleCaseEndpoints e) => e.QueueAsync(c, filter, procedure, skip));
        pages.MapGet("/can-bo/cases/{code}", (HttpContext c, string code, [FromServices] ConsoleCaseEndpoints e) => e.CaseAsync(c, code));
        endpoints.MapPost("/can-bo/cases/{code}/actions", (HttpContext c, string code, [FromBody] ConsoleCasePress press, [FromServices] ConsoleCaseEndpoints e) => e.ActAsync(c, code, press))
            .DisableAntiforgery();
        endpoints.MapPost("/can-bo/case-forms/{caseId}/files", (HttpContext c, string caseId, [FromServices] ConsoleCaseEndpoints e) => e.UploadAsync(c, caseId)).DisableAntiforgery();
        endpoints.MapGet("/handoffs/{id}/files/{fileId}", HandoffFileEndpoint.DownloadAsync);
        endpoints.MapHub<AgentConsoleHub>("/can-bo/hub");
        return endpoints;
    }
}
