using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>A request opened in the console: what it carries, its transcript, its case (the panel), and what the agent may do now.</summary>
public sealed record ConsoleConversation(
    string Id, string Status, bool Active, bool Mine, bool Critical, string Requester, string Unit, string Reason, HandoffContext Context,
    IReadOnlyList<ConsoleLine> Transcript, string? CaseCode, ConsoleCase? Case, string? Agent)
{
    /// <summary>Why no case can be opened from this conversation (the requester is linked to nobody); null when one can.</summary>
    public string? CannotOpenCase { get; init; }
}
