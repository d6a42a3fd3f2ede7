using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Tokens;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// <c>POST /conversations/{id}/activities</c> (answered <c>{id}</c>, 502 BotRejectedActivity if the bot failed) and
/// <c>GET /conversations/{id}/activities?watermark=</c> (polling; an empty set when nothing is new, never an error).
/// </summary>
public sealed class DirectLineActivityEndpoints(
    DirectLineAuthorizer authorizer,
    ActivityRequestReader reader,
    DirectLineTurns turns,
    DirectLineActivityLog log,
    ILogger<DirectLineActivityEndpoints> logger)
{
    public async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        var cancellationToken = context.RequestAborted;
        var access = await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Api, cancellationToken);
        if (access.Identity is not { } identity)
        {
            return access.Refusal!;
        }

        var read = await reader.ReadAsync(context.Request.Body, context.Request.ContentLength, fromClient: true, cancellationToken);
        if (read.Activity is not { } activity)
        {
            return DirectLineErrors.Create(read.StatusCode, read.ErrorCode ?? "BadArgument", read.ErrorMessage ?? "Bad activity.");
        }

        return await PostToBotAsync(turns, activity, identity, logger, cancellationToken);
    }

    public async Task<IResult> GetAsync(HttpContext context, string conversationId, string? watermark)
    {
        var cancellationToken = context.RequestAborted;
        var access = await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Api, cancellationToken);
        if (access.Identity is null)
        {
            return access.Refusal!;
        }

        return DirectLineActivityIds.TryParseWatermark(watermark, out var after)
            ? Results.Json(await log.ReadAfterAsync(conversationId, after, cancellationToken), BotJson.Options)
            : DirectLineErrors.BadArgument("The watermark is not one this service gave.");
    }

    /// <summary>Stores and runs a client's activity; shared with the upload endpoint.</summary>
    internal static async Task<IResult> PostToBotAsync(
        DirectLineTurns turns, Activity activity, DirectLineIdentity identity, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var id = await turns.PostAsync(activity, identity, cancellationToken);
            return Results.Json(new ResourceResponse(id), BotJson.Options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The bot failed on a {Type} activity in Direct Line conversation {ConversationId}.", activity.Type, identity.ConversationId);
            return DirectLineErrors.Create(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not process the activity.");
        }
    }
}
