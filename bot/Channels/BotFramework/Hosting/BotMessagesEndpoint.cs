using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c> as the SDK's CloudAdapter answers it: 400/413 for a bad activity, 401 for failed
/// authentication, then 200 (empty) for ordinary activities and the bot's status and body for invokes (501 if unhandled).
/// </summary>
public sealed class BotMessagesEndpoint(
    ActivityRequestReader reader,
    BotRequestAuthenticator authenticator,
    BotTurnRunner runner,
    ConnectorChannelSender sender,
    ILogger<BotMessagesEndpoint> logger)
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
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authentication failed.");
        }

        var result = await runner.RunAsync(activity, authentication, sender, cancellationToken);
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
