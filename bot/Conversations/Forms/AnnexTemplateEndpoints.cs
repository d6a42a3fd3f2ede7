using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>GET /annex/{procedure}/{field}.xlsx: the Excel template of an annex list, with the published columns.</summary>
public static class AnnexTemplateEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string PathOf(Procedure procedure, FormField field) => $"annex/{procedure.Code}/{field.Name}.xlsx";

    public static IEndpointRouteBuilder MapAnnexTemplates(this IEndpointRouteBuilder endpoints)
    {
        // Templates hold only the published columns, no personal data: no sign-in needed to download one.
        endpoints.MapGet("/annex/{procedure}/{field}.xlsx", (string procedure, string field, ProcedureCatalog catalog) =>
            catalog.Find(procedure) is { } p && p.Form.FirstOrDefault(f => f.Name == field && f.Type == FieldType.Rows) is { } rows
                ? Results.File(AnnexWorkbook.CreateTemplate(p, rows), ContentType, $"{p.Code}-{rows.Name}.xlsx")
                : Results.NotFound());
        return endpoints;
    }
}
