using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// <c>GET /handoffs/{id}/files/{file}</c>: a file passed during a hand-off, to its requester or an agent of its agency — the
/// one a signed link names, or the person signed in to our pages. Anyone else gets 404, whatever the reason.
/// </summary>
public static class HandoffFileEndpoint
{
    public static async Task<IResult> DownloadAsync(
        HttpContext context, string id, string fileId, CaseFileLinks links, WebSignIn signIn, IHandoffStore store, IDirectoryStore directory, HandoffFiles files)
    {
        var ct = context.RequestAborted;
        var query = context.Request.Query;
        if (!Guid.TryParseExact(id, "N", out var handoffId)
            || (links.Check(CaseFileLinks.HandoffSubject(handoffId), fileId, query["p"], query["e"], query["s"]) ?? (await signIn.ResolveAsync(context, ct)).Person?.Id) is not { } reader
            || await store.FindAsync(handoffId, ct) is not { } h
            || !(h.RequesterId == reader || (await directory.GetPersonRolesAsync(reader, ct) is { } roles && HandoffDesk.MayHandle(roles, h)))
            || await files.OpenAsync(handoffId, fileId, ct) is not { } opened)
        {
            return Results.NotFound();
        }

        // Files come from users: never let the browser run them as pages of this site.
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-store";
        return Results.File(opened.Content, opened.File.ContentType, opened.File.Name);
    }
}
