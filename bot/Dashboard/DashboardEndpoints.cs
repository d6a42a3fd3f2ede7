using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Reports;

namespace InternalTthc.Bot.Dashboard;

/// <summary>
/// The dashboard for agents and leaders: the page <c>/bang-dieu-khien</c> (its script draws tables and charts from
/// <c>/bang-dieu-khien/so-lieu</c>), and the same tables as <c>xuat.xlsx</c> (all) and <c>xuat.csv?bang=…</c> (one).
/// Signed in as on the Web Chat page; anyone not allowed gets the reason in Vietnamese, and a bad filter a 400.
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/bang-dieu-khien";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup(Path).RequireRateLimiting(RateLimitPolicies.Pages);
        pages.MapGet("", PageAsync);
        pages.MapGet("/so-lieu", FiguresAsync);
        pages.MapGet("/xuat.xlsx", (HttpContext context, DashboardAccess access, DashboardService service, ProcedureCatalog catalog, TimeProvider clock) =>
            DrawAsync(context, access, service, catalog, clock, (report, heading, _) =>
                Results.File(ReportWorkbook.Write(report, heading), Xlsx, $"bang-dieu-khien-{report.Filter.From:yyyyMMdd}-{report.Filter.To:yyyyMMdd}.xlsx")));
        pages.MapGet("/xuat.csv", (HttpContext context, DashboardAccess access, DashboardService service, ProcedureCatalog catalog, TimeProvider clock) =>
            DrawAsync(context, access, service, catalog, clock, (report, heading, query) => report.Table(query["bang"].ToString()) is { } table
                ? Results.File(ReportCsv.Write(table, heading), "text/csv; charset=utf-8", $"{table.Key}-{report.Filter.From:yyyyMMdd}-{report.Filter.To:yyyyMMdd}.csv")
                : Problem(StatusCodes.Status400BadRequest, DashboardText.Get("BadTable"))));
        return endpoints;
    }

    /// <summary>Outside Development only a person allowed to read it gets the page; in Development its script offers the demo people.</summary>
    private static async Task<IResult> PageAsync(HttpContext context, DashboardAccess access, IHostEnvironment environment, IWebHostEnvironment web)
    {
        if (!environment.IsDevelopment() && await access.ResolveAsync(context) is { Viewer: null } refused)
        {
            return WebChatErrorPage.Create(refused.Status, refused.Problem!);
        }

        var page = web.WebRootFileProvider.GetFileInfo("dashboard.html");
        return page.Exists ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound();
    }

    private static async Task<IResult> FiguresAsync(
        HttpContext context, DashboardAccess access, DashboardService service, ProcedureCatalog catalog, IDirectoryStore directory, TimeProvider clock)
    {
        var (viewer, status, problem) = await access.ResolveAsync(context);
        if (viewer is null) return Problem(status, problem!);
        var (filter, bad) = DashboardRequest.Read(context.Request.Query, viewer, catalog, clock);
        if (filter is null) return Problem(StatusCodes.Status400BadRequest, bad!);

        var report = await service.DrawAsync(filter, context.RequestAborted);
        var units = await directory.ListUnitsAsync(viewer.Scope.JurisdictionCode, context.RequestAborted);
        return Results.Json(new
        {
            person = viewer.Person.FullName,
            scope = viewer.ScopeName,
            heading = Heading(viewer, filter),
            from = VietnamTime.Format(filter.From),
            to = VietnamTime.Format(filter.To),
            unit = filter.UnitId?.ToString("N"),
            procedure = filter.ProcedureCode,
            units = units.Select(u => new { id = u.Id.ToString("N"), name = u.Name }),
            procedures = catalog.ForJurisdiction(viewer.Scope.JurisdictionCode).Select(p => new { code = p.Code, name = p.DisplayName }),
            tables = report.Tables.Select(t => new
            {
                key = t.Key, title = t.Title, columns = t.Columns,
                rows = t.Rows.Select(r => r.Select(c => new { text = c.Text, number = c.Number })),
            }),
        });
    }

    private static async Task<IResult> DrawAsync(
        HttpContext context, DashboardAccess access, DashboardService service, ProcedureCatalog catalog, TimeProvider clock,
        Func<DashboardReport, string, IQueryCollection, IResult> result)
    {
        var (viewer, status, problem) = await access.ResolveAsync(context);
        if (viewer is null) return Problem(status, problem!);
        var (filter, bad) = DashboardRequest.Read(context.Request.Query, viewer, catalog, clock);
        if (filter is null) return Problem(StatusCodes.Status400BadRequest, bad!);

        context.Response.Headers.CacheControl = "private, no-store";
        return result(await service.DrawAsync(filter, context.RequestAborted), Heading(viewer, filter), context.Request.Query);
    }

    private static string Heading(DashboardViewer viewer, DashboardFilter filter) =>
        DashboardText.Get("Heading", viewer.ScopeName, VietnamTime.Format(filter.From), VietnamTime.Format(filter.To));

    private static IResult Problem(int status, string problem) => Results.Json(new { problem }, statusCode: status);
}
