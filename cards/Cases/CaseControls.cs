using System.Collections.Frozen;
using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Cases;

/// <summary>What one viewer may do to a case now (<see cref="CaseVerbs"/>), with what those buttons need.</summary>
public sealed record CaseControls
{
    public required string Code { get; init; }
    public required IReadOnlySet<string> Verbs { get; init; }

    /// <summary>The executing unit's agents, for "phân công".</summary>
    public IReadOnlyList<InputChoice> Agents { get; init; } = [];

    /// <summary>The stages the case may move to, the next one first.</summary>
    public IReadOnlyList<InputChoice> Stages { get; init; } = [];

    /// <summary>What the viewer typed before the server refused it, shown again.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// The case's version the buttons were drawn from, sent back with each press: where a card cannot be kept current
    /// (text channels), a press from an older card is answered with the case as it now stands instead of acted on.
    /// </summary>
    public int? Version { get; init; }

    /// <summary>The case is a question (hỏi - đáp): its buttons and labels say so.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>False on text channels: they ask for the text in the next message instead.</summary>
    public bool Inputs { get; init; } = true;
}
