using System.Text.Json;
using InternalTthc.Core.Text;
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

        // Chunked bodies have no length: the limit is kept while reading.
        var buffer = new byte[MaxBytes + 1];
        int length = 0, read;
        while (length <= MaxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return (null, DirectLineErrors.BadArgument("The request body is too large."));
        }

        if (!UnicodeJson.IsValid(buffer.AsSpan(0, length)))
        {
            return (null, DirectLineErrors.BadArgument(UnicodeJson.Problem));
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), BotJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The request body is not valid JSON of the expected shape."));
        }
    }
}
