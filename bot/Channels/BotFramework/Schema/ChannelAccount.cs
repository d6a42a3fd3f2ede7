using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>A user or bot on a channel. In Teams users look like <c>29:…</c> and bots like <c>28:{appId}</c>.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    /// <summary>Channel extras (Teams adds userPrincipalName, email, …), kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>The names Teams' members call gives a user (his UPN and e-mail), when it gives them.</summary>
    public IReadOnlyList<string> SignInNames() =>
        [.. new[] { "userPrincipalName", "email" }
            .Select(name => Properties is not null && Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .OfType<string>().Where(n => n.Length > 0)];
}
