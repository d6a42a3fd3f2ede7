using System.Text.Json.Nodes;

namespace InternalTthc.Cards.Model;

/// <summary>
/// How a card asks for its current state on hosts with Universal Actions (Teams): the button data
/// sent back (its "action" is the verb), and the channel user ids refreshed automatically.
/// Each viewer then sees the card as he may act on it; other hosts ignore this.
/// </summary>
public sealed record CardRefresh(JsonObject Data, IReadOnlyList<string> UserIds);
