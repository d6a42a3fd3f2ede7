using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Questions;

/// <summary>GET /hoi-dap?q=…&amp;tinh=…: the published answers, read-only and open to everyone, as the regulation publishes them.</summary>
public static class AnswerPageEndpoints
{
    /// <summary>Answers a page lists.</summary>
    public const int PageSize = 20;

    public static IEndpointRouteBuilder MapAnswerPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/hoi-dap", async (string? q, string? tinh, AnswerSearch search, ProcedureCatalog catalog, CancellationToken ct) =>
        {
            var sought = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
            var jurisdiction = catalog.FindJurisdiction(tinh ?? "")?.Code;
            var answers = await search.FindAsync(jurisdiction, sought, PageSize, ct);
            return Results.Content(AnswerPage.Render(sought, jurisdiction, catalog.Jurisdictions, answers), "text/html; charset=utf-8");
        }).RequireRateLimiting(RateLimitPolicies.Pages);
        return endpoints;
    }
}
