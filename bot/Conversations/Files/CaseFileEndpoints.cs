using InternalTthc.Bot.CaseWeb;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// <c>GET /cases/{code}/files/{id}</c>: a file kept with a case, to a person who may see the case — the one a signed
/// link names, or else the person signed in to the Web Chat page. Anyone else gets 404, whatever the reason, so a
/// link reveals nothing of cases one may not see.
/// </summary>
public static class CaseFileEndpoints
{
    public static IEndpointRouteBuilder MapCaseFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/{code}/files/{fileId}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, string code, string fileId, CaseWebAccess access, CaseFileIntake intake)
    {
        if (await access.FindAsync(context, code, CaseFileLinks.FileResource(fileId)) is not { Case: var c })
        {
            return Results.NotFound();
        }

        var file = c.Attachments.Concat(c.Result?.Files ?? []).FirstOrDefault(f => CaseFileIntake.IdOf(f) == fileId);
        if (file is null || await intake.OpenAsync(file, context.RequestAborted) is not { } opened)
        {
            return Results.NotFound();
        }

        // Files come from users: never let the browser run them as pages of this site.
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-store";
        return Results.File(opened.Content, file.ContentType, file.FileName);
    }
}
