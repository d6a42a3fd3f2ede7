using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Operations;

/// <summary>
/// <c>/healthz</c>, liveness: the process answers, and says whether the store is reachable and the outbox dispatcher
/// alive; 503 only when the dispatcher is stalled (a restart helps), never for the store (a restart does not).
/// <c>/healthz/ready</c>, for the proxy and the orchestrator: 200 only when the store answers, every migration is
/// applied, the catalog is loaded and the start's warm-up has ended (a probe during it waits for its end up to
/// <see cref="WarmUpWait"/>, then answers 503 without asking the store). Both say no more than states and times: no
/// connection string, no error text.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Under an orchestrator's usual probe timeout (1 s).</summary>
    public static readonly TimeSpan WarmUpWait = TimeSpan.FromMilliseconds(500);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (StoreProbe store, DispatcherHeartbeat dispatcher, CancellationToken ct) =>
        {
            var (s, d) = (await store.CheckAsync(ct), dispatcher.Read());
            var body = new { status = d.State == "stalled" ? "unhealthy" : "ok", store = new { reachable = s.Reachable }, dispatcher = new { state = d.State, lastRound = d.LastRound } };
            return Results.Json(body, statusCode: d.State == "stalled" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        endpoints.MapGet("/healthz/ready", async (StoreProbe store, CatalogHolder catalog, StartWarmUp warmUp, CancellationToken ct) =>
        {
            if (!await warmUp.EndedWithinAsync(WarmUpWait, ct))
            {
                return Results.Json(new { status = "warming up" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var s = await store.CheckAsync(ct);
            var procedures = catalog.Current.Procedures.Count();
            var ready = s.Reachable && s.PendingMigrations.Count == 0 && procedures > 0;
            var body = new
            {
                status = ready ? "ready" : "not ready",
                store = new { reachable = s.Reachable, pendingMigrations = s.PendingMigrations },
                catalog = new { procedures, loadedAt = catalog.LoadedAt },
            };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
