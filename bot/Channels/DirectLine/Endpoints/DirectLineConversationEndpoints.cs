using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// <c>POST /conversations</c> opens the token's conversation for its person (201, or 200 when it was already
/// open) and greets the bot; <c>GET /conversations/{id}</c> reconnects. Both give a fresh token and streamUrl.
/// </summary>
public sealed class DirectLineConversationEndpoints(
    DirectLineAuthorizer authorizer,
    IConversationLog log,
    DirectLineTurns turns,
    DirectLineTokenService tokens,
    DirectLineAddresses addresses,
    TimeProvider time,
    ILogger<DirectLineConversationEndpoints> logger)
{
    public async Task<IResult> StartAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var (identity, refusal) = await authorizer.ReadTokenAsync(context.Request, TokenUse.Api);
        if (identity is null)
        {
            return refusal!;
        }

        var (body, badBody) = await OptionalJsonBody.ReadAsync<ConversationStartRequest>(context.Request, cancellationToken);
        if (badBody is not null)
        {
            return badBody;
        }

        var existing = await log.FindAsync(identity.ConversationId, cancellationToken);
        if (existing is not null)
        {
            return existing.OwnerAccountId == identity.Login
                ? Answer(identity, null, StatusCodes.Status200OK)
                : DirectLineErrors.Forbidden("The conversation belongs to someone else.");
        }

        await log.OpenAsync(new ChatConversation
        {
            Id = identity.ConversationId, ChannelId = ChannelIds.Directline, OwnerAccountId = identity.Login, CreatedAt = time.GetUtcNow(),
        }, cancellationToken);
        try
        {
            await turns.StartAsync(identity, body?.Locale);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The conversation is open and usable; a failed welcome must not keep the person out of it.
            logger.LogError(e, "The bot failed on the start of Direct Line conversation {ConversationId}.", identity.ConversationId);
        }

        return Answer(identity, null, StatusCodes.Status201Created);
    }

    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, string? watermark)
    {
        var access = await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Api, context.RequestAborted);
        return access.Identity is { } identity ? Answer(identity, watermark, StatusCodes.Status200OK) : access.Refusal!;
    }

    private IResult Answer(DirectLineIdentity identity, string? watermark, int status)
    {
        var issued = tokens.Issue(identity, TokenUse.Api);
        var stream = tokens.Issue(identity, TokenUse.Stream);
        var response = new ConversationResponse(identity.ConversationId, issued.Token, issued.ExpiresIn,
            addresses.StreamUrl(identity.ConversationId, watermark, stream.Token));
        return Results.Json(response, BotJson.Options, statusCode: status);
    }
}
