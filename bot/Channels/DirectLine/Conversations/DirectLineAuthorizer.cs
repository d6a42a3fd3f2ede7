using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Lets a request into one conversation only: a valid token (Bearer header; the stream's <c>t</c>) for that
/// conversation, held by the person who owns it. Refusals use the service's codes (401, 403 TokenExpired, 403, 404).
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineTokenService tokens, IConversationLog log)
{
    /// <summary>Checks the token only: for a conversation that may not be opened yet, or for token refresh.</summary>
    public async Task<(DirectLineIdentity? Identity, IResult? Refusal)> ReadTokenAsync(HttpRequest request, TokenUse use)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = use == TokenUse.Stream ? request.Query["t"].ToString() : Bearer(request.Headers.Authorization.ToString());
        var check = await tokens.ReadAsync(token, use);
        return check.Failure switch
        {
            TokenFailure.None => (check.Identity, null),
            TokenFailure.Missing => (null, DirectLineErrors.Unauthorized("A token is required (Authorization: Bearer <token>).")),
            TokenFailure.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Unauthorized("The token is not valid.")),
        };
    }

    public async Task<DirectLineAccess> AuthorizeAsync(HttpRequest request, string conversationId, TokenUse use, CancellationToken cancellationToken)
    {
        var (identity, refusal) = await ReadTokenAsync(request, use);
        if (identity is null)
        {
            return DirectLineAccess.Refused(refusal!);
        }

        if (!string.Equals(identity.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineAccess.Refused(DirectLineErrors.Forbidden("The token is for another conversation."));
        }

        var conversation = await log.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return DirectLineAccess.Refused(DirectLineErrors.NotFound("The conversation was not started."));
        }

        return conversation.OwnerAccountId == identity.Login
            ? new DirectLineAccess(identity, conversation, null)
            : DirectLineAccess.Refused(DirectLineErrors.Forbidden("The conversation belongs to someone else."));
    }

    private static string? Bearer(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
