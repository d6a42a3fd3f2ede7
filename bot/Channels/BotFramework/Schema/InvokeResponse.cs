using System.Text.Json;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The HTTP answer to an <c>invoke</c>: <see cref="Status"/> becomes the status code, <see cref="Body"/> the JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    /// <summary>Makes a response whose body is <paramref name="body"/> serialised with the Bot Framework JSON settings.</summary>
    public static InvokeResponse FromBody<T>(int status, T body) =>
        new(status, JsonSerializer.SerializeToElement(body, BotJson.Options));
}
