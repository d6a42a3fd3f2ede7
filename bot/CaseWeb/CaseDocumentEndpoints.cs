using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Documents;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// What is drawn from a case for a person who may see it: <c>GET /cases/{code}/annex/{field}.xlsx</c>, one annex list
/// of its request in full; <c>documents/cong-van-de-nghi.docx</c>, the request letter with its annex, ready to sign;
/// <c>documents/thong-bao-ket-qua.docx</c>, the result notice once there is a result. Phone and ID numbers are masked for
/// readers who do not need them; 404 for anyone else.
/// </summary>
public static class CaseDocumentEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapCaseDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/{code}/annex/{field}.xlsx", AnnexAsync);
        endpoints.MapGet("/cases/{code}/" + CaseLinks.LetterResource, (HttpContext context, string code, CaseWebAccess access, ProcedureCatalog catalog, CaseContentReader contents, CaseDocuments documents) =>
            DocumentAsync(context, code, CaseLinks.LetterResource, access, catalog, contents, (c, content) => documents.RequestLetterAsync(c, content, context.RequestAborted)!));
        endpoints.MapGet("/cases/{code}/" + CaseLinks.NoticeResource, (HttpContext context, string code, CaseWebAccess access, ProcedureCatalog catalog, CaseContentReader contents, CaseDocuments documents) =>
            DocumentAsync(context, code, CaseLinks.NoticeResource, access, catalog, contents, (c, content) => documents.ResultNoticeAsync(c, content, context.RequestAborted)));
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

    private static async Task<IResult> DocumentAsync(
        HttpContext context, string code, string resource, CaseWebAccess access, ProcedureCatalog catalog, CaseContentReader contents, Func<Case, CaseContent, Task<byte[]?>> draw)
    {
        if (await access.FindAsync(context, code, resource) is not { } reader || catalog.Find(reader.Case.ProcedureCode) is not { } procedure)
        {
            return Results.NotFound();
        }

        var content = await contents.ReadAsync(reader.Case, procedure, CaseContent.ShowsPersonalDataTo(reader.Roles), context.RequestAborted);
        if (await draw(reader.Case, content) is not { } docx)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(docx, Docx, $"{reader.Case.Code}-{Path.GetFileName(resource)}");
    }
}
