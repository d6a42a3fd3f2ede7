using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>A valid activity read from a request, or the status, code and message to refuse it with.</summary>
public sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? ErrorCode, string? ErrorMessage)
{
    public static ActivityReadResult Valid(Activity activity) => new(activity, StatusCodes.Status200OK, null, null);

    public static ActivityReadResult BadRequest(string message) =>
        new(null, StatusCodes.Status400BadRequest, "BadArgument", message);

    public static ActivityReadResult TooLarge(int limit) =>
        new(null, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge", $"The activity is larger than {limit} bytes.");
}
