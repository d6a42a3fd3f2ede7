using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The case of a conversation in the console's case panel: where it stands (status, deadlines, who has it), what it asks
/// for (<see cref="CaseContent"/>'s filer, answers and annex lists as this agent may read them), its timeline, and the
/// actions this agent may take on it now with the inputs each needs.
/// </summary>
public sealed record ConsoleCase(
    string Code, string Procedure, string Status, string? ReceiptDue, string? ResolutionDue, string? TimeLeft, bool Overdue, string? Assignee,
    string? SubCase, CaseFiler Filer, string? FiledAt, IReadOnlyList<ContentAnswer> Answers, IReadOnlyList<ContentTable> Tables, IReadOnlyList<string> Files,
    IReadOnlyList<HandoffLine> Timeline, IReadOnlyList<ConsoleCaseAction> Actions);
