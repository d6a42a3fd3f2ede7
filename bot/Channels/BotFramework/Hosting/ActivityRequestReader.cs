using System.Buffers;
using System.Text;
using System.Text.Json;
using InternalTthc.Core.Text;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>Reads the activity of a <c>/api/messages</c> request within the size limit and says precisely what is wrong with it.</summary>
public sealed class ActivityRequestReader(IOptions<BotFrameworkOptions> options)
{
    /// <summary>Longer than any id a channel gives (Teams' are about 150 characters of ASCII).</summary>
    public const int MaxIdBytes = 512;

    public Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReadAsync(request.Body, request.ContentLength, fromClient: false, cancellationToken);
    }

    /// <summary>
    /// Reads an activity from <paramref name="body"/>. A client's activity (Direct Line) needs only a type: the server
    /// addresses it; one from a channel must also name its conversation and serviceUrl.
    /// </summary>
    public async Task<ActivityReadResult> ReadAsync(Stream body, long? contentLength, bool fromClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var limit = options.Value.MaxRequestBodyBytes;
        if (contentLength > limit)
        {
            return ActivityReadResult.TooLarge(limit);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            // Content-Length can be absent (chunked), so the limit is also enforced while reading.
            var length = 0;
            int read;
            while (length <= limit && (read = await body.ReadAsync(buffer.AsMemory(length, limit + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }

            return length > limit ? ActivityReadResult.TooLarge(limit) : Parse(buffer.AsSpan(0, length), fromClient);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ActivityReadResult Parse(ReadOnlySpan<byte> body, bool fromClient)
    {
        if (body.IsEmpty)
        {
            return ActivityReadResult.BadRequest("The request body is empty; an activity is expected.");
        }

        if (!UnicodeJson.IsValid(body))
        {
            return ActivityReadResult.BadRequest(UnicodeJson.Problem);
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            return activity is null ? ActivityReadResult.BadRequest("The request body is null; an activity is expected.")
                : fromClient ? ValidateType(activity) ?? ActivityReadResult.Valid(activity)
                : Validate(activity);
        }
        catch (JsonException e)
        {
            return ActivityReadResult.BadRequest($"The request body is not a valid activity: {e.Message}");
        }
    }

    private static ActivityReadResult? ValidateType(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.BadRequest("The activity has no 'type'.");
        }

        // Ids end up in URLs, keys and logs: a control character in one is never a channel's, nor is an id longer than any
        // channel gives (the reply's URL holding it was refused by the Bot Connector, 414, and the turn failed: fuzzing).
        string?[] ids = [activity.Id, activity.ChannelId, activity.Conversation?.Id, activity.From?.Id, activity.Recipient?.Id, activity.ReplyToId, activity.ServiceUrl];
        return ids.Any(id => id?.Any(char.IsControl) == true) ? ActivityReadResult.BadRequest("An id of the activity holds a control character.")
            : ids.Any(id => id is not null && Encoding.UTF8.GetByteCount(id) > MaxIdBytes) ? ActivityReadResult.BadRequest($"An id of the activity is longer than {MaxIdBytes} bytes.")
            : null;
    }

    private static ActivityReadResult Validate(Activity activity)
    {
        if (ValidateType(activity) is { } noType)
        {
            return noType;
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.BadRequest("The activity has no 'conversation.id'.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return ActivityReadResult.BadRequest("The activity has no 'serviceUrl'.");
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? ActivityReadResult.Valid(activity)
            : ActivityReadResult.BadRequest("The activity's 'serviceUrl' is not an absolute http or https URL.");
    }
}
