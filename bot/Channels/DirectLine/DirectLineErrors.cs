using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>Errors in the service's envelope <c>{"error":{"code","message"}}</c>, with the codes DirectLineJS reacts to.</summary>
public static class DirectLineErrors
{
    public static IResult Create(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new Error(code, message)), BotJson.Options, statusCode: status);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized(string message) => Create(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    /// <summary>403 makes DirectLineJS mark the token expired and wait for a new one, as with the real service.</summary>
    public static IResult TokenExpired() => Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) => Create(StatusCodes.Status403Forbidden, "Forbidden", message);

    /// <summary>404 makes DirectLineJS end the conversation.</summary>
    public static IResult NotFound(string message) => Create(StatusCodes.Status404NotFound, "NotFound", message);
}
