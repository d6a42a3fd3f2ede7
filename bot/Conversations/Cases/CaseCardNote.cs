using System.Collections.Frozen;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>What a case card says above its facts, and how its inputs come back after a refused press.</summary>
/// <param name="Text">What just happened, or why the press was refused.</param>
/// <param name="Inputs">False on text channels, which ask for text in the next message.</param>
public sealed record CaseCardNote(string? Text, bool Refused = false, bool Inputs = true)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// False when the card goes only to a channel that does not refresh cards per viewer (all but Teams): its list of whom to
    /// refresh for, a query of the store, is left out, and the channel draws the card the same.
    /// </summary>
    public bool Refreshes { get; init; } = true;
}
