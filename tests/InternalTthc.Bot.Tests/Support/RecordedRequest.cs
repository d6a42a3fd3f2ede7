using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>One call the bot made to the fake Bot Connector.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The activity id the fake answered a send, reply or update with.</summary>
    public string? AnsweredId { get; init; }
}
