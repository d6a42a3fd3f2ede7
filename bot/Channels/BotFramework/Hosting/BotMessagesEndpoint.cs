using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Channels.Protection;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c> as the SDK's CloudAdapter answers it: 400/413 for a bad activity, 401 for failed
/// authentication (429 past RateLimits:FailedAuthentication for the address), then 200 (empty) for ordinary activities
/// and the bot's status and body for invokes (501 if unhandled). A reply the channel cannot take is kept by
/// <paramref name="keeper"/> and the turn still answers 200; a turn that fails in the bot answers 500 with a JSON error.
/// </summary>
public sealed class BotMessagesEndpoint(
    ActivityRequestReader reader,
    BotRequestAuthenticator authenticator,
    BotTurnRunner runner,
    ConnectorChannelSender sender,
    FailedAuthenticationLimiter failures,
    ILogger<BotMessagesEndpoint> logger,
    IReplyKeeper? keeper = null)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var read = await reader.ReadAsync(context.Request, cancellationToken);
        if (read.Activity is not { } activity)
        {
            logger.LogInformation("Refused an activity with {Status}: {Reason}", read.StatusCode, read.ErrorMessage);
            return Error(read.StatusCode, read.ErrorCode, read.ErrorMessage);
        }

        var authentication = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            // The reason stays in the log: telling the caller would help forgers.
            logger.LogWarning("Unauthenticated {Type} activity on {ChannelId}: {Reason}.",
                activity.Type, activity.ChannelId, authentication.FailureReason);
            return failures.Count(context, () => Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many failed authentications; try again later."))
                ?? Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authentication failed.");
        }

        TurnResult result;
        try
        {
            result = await runner.RunAsync(activity, authentication, keeper is null ? sender : new KeepingReplySender(sender, keeper), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The runner released the activity, so a channel that retries is processed again; the stack stays in the log.
            logger.LogError(e, "The bot failed on {Type} activity {ActivityId} on {ChannelId}.", activity.Type, activity.Id, activity.ChannelId);
            return Error(StatusCodes.Status500InternalServerError, "BotError", "The bot could not process the activity.");
        }

        logger.LogDebug("Processed {Type} activity {ActivityId} on {ChannelId}.", activity.Type, activity.Id, activity.ChannelId);
        if (!activity.IsType(ActivityTypes.Invoke) || result.Duplicate)
        {
            return Results.Ok();
        }

        return result.InvokeResponse is { } invoke
            ? new InvokeResponseResult(invoke)
            : Error(StatusCodes.Status501NotImplemented, "NotImplemented", $"No handler for invoke '{activity.Name}'.");
    }

    private static IResult Error(int status, string? code, string? message) =>
        Results.Json(new ErrorResponse(new Error(code, message)), BotJson.Options, statusCode: status);
}
