using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// <c>POST /tokens/generate</c> for the signed-in person (our page calls it; there is no Direct Line secret to leak)
/// and <c>POST /tokens/refresh</c> for a token that has not expired.
/// </summary>
public sealed class DirectLineTokenEndpoints(
    WebSignIn signIn, DirectLineTokenService tokens, DirectLineAuthorizer authorizer, IConversationLog log)
{
    public async Task<IResult> GenerateAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var signedIn = await signIn.ResolveAsync(context, cancellationToken);
        if (signedIn.Person is not { } person)
        {
            return DirectLineErrors.Create(signedIn.Status, signedIn.Status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden", signedIn.Problem!);
        }

        var (body, refusal) = await OptionalJsonBody.ReadAsync<TokenGenerateRequest>(context.Request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var conversationId = DirectLineActivityIds.NewConversationId();
        if (body?.ConversationId is { Length: > 0 } earlier)
        {
            var conversation = await log.FindAsync(earlier, cancellationToken);
            if (conversation is null)
            {
                return DirectLineErrors.NotFound("There is no such conversation.");
            }

            if (conversation.OwnerAccountId != person.Login)
            {
                return DirectLineErrors.Forbidden("The conversation belongs to someone else.");
            }

            conversationId = earlier;
        }

        return Answer(new DirectLineIdentity(person.Login, person.FullName, conversationId));
    }

    public async Task<IResult> RefreshAsync(HttpContext context)
    {
        var (identity, refusal) = await authorizer.ReadTokenAsync(context.Request, TokenUse.Api);
        return identity is null ? refusal! : Answer(identity);
    }

    private IResult Answer(DirectLineIdentity identity)
    {
        var issued = tokens.Issue(identity, TokenUse.Api);
        return Results.Json(new ConversationResponse(identity.ConversationId, issued.Token, issued.ExpiresIn), BotJson.Options);
    }
}
