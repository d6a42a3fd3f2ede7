namespace InternalTthc.Bot.Administration;

public static class AdminPageRouteBuilderExtensions
{
    /// <summary>The administrator page and its forms under /quan-tri.</summary>
    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/quan-tri", (HttpContext c, AdminPageEndpoints e) => e.PageAsync(c));
        endpoints.MapPost("/quan-tri/danh-ba", (HttpContext c, AdminPageEndpoints e) => e.ImportAsync(c));
        endpoints.MapPost("/quan-tri/tai-khoan/lien-ket", (HttpContext c, AdminPageEndpoints e) => e.LinkAsync(c));
        endpoints.MapPost("/quan-tri/tai-khoan/bo-lien-ket", (HttpContext c, AdminPageEndpoints e) => e.UnlinkAsync(c));
        endpoints.MapPost("/quan-tri/lich/them", (HttpContext c, AdminPageEndpoints e) => e.AddDayAsync(c));
        endpoints.MapPost("/quan-tri/lich/bo", (HttpContext c, AdminPageEndpoints e) => e.RemoveDayAsync(c));
        endpoints.MapPost("/quan-tri/danh-muc/nap-lai", (HttpContext c, AdminPageEndpoints e) => e.ReloadCatalogAsync(c));
        return endpoints;
    }
}
