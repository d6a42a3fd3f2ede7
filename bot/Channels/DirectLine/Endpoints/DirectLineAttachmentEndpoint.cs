using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Files;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// <c>GET /conversations/{id}/attachments/{fileId}</c>: an uploaded file, only for the conversation's owner — proven by
/// the conversation's token, or (for an &lt;img&gt; in the page, which sends no header) by the page's sign-in.
/// </summary>
public sealed class DirectLineAttachmentEndpoint(DirectLineAuthorizer authorizer, WebSignIn signIn, IConversationLog log, IFileStore files)
{
    public async Task<IResult> HandleAsync(HttpContext context, string conversationId, string fileId)
    {
        var cancellationToken = context.RequestAborted;
        var refusal = context.Request.Headers.Authorization.Count > 0
            ? (await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Api, cancellationToken)).Refusal
            : await CheckSignedInOwnerAsync(context, conversationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (await files.OpenAsync(conversationId, fileId, cancellationToken) is not { } opened)
        {
            return DirectLineErrors.NotFound("There is no such attachment.");
        }

        // Files come from users: never let the browser run them as pages of this site.
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'";
        headers.CacheControl = "private, no-store";
        var inline = opened.File.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        return Results.File(opened.Content, opened.File.ContentType, inline ? null : opened.File.Name);
    }

    private async Task<IResult?> CheckSignedInOwnerAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        var signedIn = await signIn.ResolveAsync(context, cancellationToken);
        if (signedIn.Person is not { } person)
        {
            return DirectLineErrors.Unauthorized("A token or a signed-in owner is required.");
        }

        var conversation = await log.FindAsync(conversationId, cancellationToken);
        return conversation?.OwnerAccountId == person.Login ? null : DirectLineErrors.Forbidden("The attachment belongs to someone else.");
    }
}
