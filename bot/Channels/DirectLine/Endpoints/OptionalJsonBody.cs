using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>Reads the small optional JSON bodies of Direct Line calls: none gives null, a bad one a 400.</summary>
public static class OptionalJsonBody
{
    private const int MaxBytes = 16 * 1024;

    public static async Task<(T? Body, IResult? Refusal)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, DirectLineErrors.BadArgument("The request body is too large."));
        }

        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
        if (!hasBody)
        {
            return (null, null);
        }

        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, BotJson.Options, cancellationToken), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The request body is not valid JSON of the expected shape."));
        }
    }
}
