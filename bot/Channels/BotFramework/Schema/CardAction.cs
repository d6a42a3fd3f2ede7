using System.Text.Json;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>A button or suggested action; <see cref="Type"/> is one of <see cref="ActionTypes"/>.</summary>
public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Image { get; init; }
    public string? ImageAltText { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public JsonElement? Value { get; init; }
}
