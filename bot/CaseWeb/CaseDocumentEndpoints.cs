using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// What is drawn from a case for a person who may see it: <c>GET /cases/{code}/annex/{field}.xlsx</c>, one annex list
/// of its request in full (phone and ID numbers masked for readers who do not need them). 404 for anyone else.
/// </summary>
public static class CaseDocumentEndpoints
{
    public static IEndpointRouteBuilder MapCaseDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/{code}/annex/{field}.xlsx", AnnexAsync);
        return endpoints;
    }

    private static async Task<IResult> AnnexAsync(HttpContext context, string code, string field, CaseWebAccess access, ProcedureCatalog catalog, CaseContentReader contents)
    {
        if (await access.FindAsync(context, code, Conversations.Files.CaseFileLinks.AnnexResource(field)) is not { } reader
            || catalog.Find(reader.Case.ProcedureCode) is not { } procedure
            || procedure.Form.FirstOrDefault(f => f.Name == field && f.Type == FieldType.Rows) is not { } rows)
        {
            return Results.NotFound();
        }

        var content = await contents.ReadAsync(reader.Case, procedure, CaseContent.ShowsPersonalDataTo(reader.Roles), context.RequestAborted);
        var table = content.Tables.FirstOrDefault(t => t.FieldName == field)?.Rows ?? [];
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(AnnexWorkbook.CreateFilled(procedure, rows, reader.Case.Code!, table), AnnexTemplateEndpoints.ContentType, $"{reader.Case.Code}-{field}.xlsx");
    }
}
