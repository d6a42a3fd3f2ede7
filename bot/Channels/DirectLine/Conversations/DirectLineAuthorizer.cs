using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Lets a request into one conversation only: a valid token (Bearer header; the stream's <c>t</c>) for that conversation,
/// held by the person who owns it and who is still active in the directory (checked at every call, so a deactivated
/// person loses access at once). A stream token opens one socket. Refusals use the service's codes (401, 403
/// TokenExpired, 403, 404); past RateLimits:FailedAuthentication a bad token gets 429.
/// </summary>
public sealed class DirectLineAuthorizer(
    DirectLineTokenService tokens, IConversationLog log, IDirectoryStore directory, IInboundLedger ledger, FailedAuthenticationLimiter failures, TimeProvider clock)
{
    /// <summary>The ledger's channel under which spent stream tokens are recorded (any instance sees them).</summary>
    public const string SpentStreamTokens = "directline-stream";

    /// <summary>Checks the token and its person: for a conversation that may not be opened yet, or for token refresh.</summary>
    public async Task<(DirectLineIdentity? Identity, IResult? Refusal)> ReadTokenAsync(HttpRequest request, TokenUse use)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = use == TokenUse.Stream ? request.Query["t"].ToString() : Bearer(request.Headers.Authorization.ToString());
        var check = await tokens.ReadAsync(token, use);
        switch (check.Failure)
        {
            case TokenFailure.None:
                break;
            case TokenFailure.Expired:
                return (null, DirectLineErrors.TokenExpired());
            default:
                var refusal = check.Failure == TokenFailure.Missing
                    ? DirectLineErrors.Unauthorized("A token is required (Authorization: Bearer <token>).")
                    : DirectLineErrors.Unauthorized("The token is not valid.");
                return (null, failures.Count(request.HttpContext, () => DirectLineErrors.Create(
                    StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many failed authentications; try again later.")) ?? refusal);
        }

        var identity = check.Identity!;
        if (!await IsActiveAsync(identity.Login, request.HttpContext.RequestAborted))
        {
            return (null, DirectLineErrors.Forbidden("The person is not active in the directory."));
        }

        if (use == TokenUse.Stream && !await ledger.TryRecordAsync(SpentStreamTokens, check.TokenId ?? token!, clock.GetUtcNow(), request.HttpContext.RequestAborted))
        {
            return (null, DirectLineErrors.Forbidden("This stream URL was used already; reconnect for a new one."));
        }

        return (identity, null);
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

    /// <summary>Whether the person a token speaks for is still an active person of the directory.</summary>
    public async Task<bool> IsActiveAsync(string login, CancellationToken cancellationToken) =>
        await directory.FindPersonByLoginAsync(login, cancellationToken) is { Active: true };

    private static string? Bearer(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
