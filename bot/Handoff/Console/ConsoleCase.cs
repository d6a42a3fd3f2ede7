using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// A case in the console's case panel: where it stands (status, deadlines, who has it), what it asks for
/// (<see cref="CaseContent"/>'s filer, answers and annex lists as this agent may read them), its files and its result's
/// files with download links signed for him, the documents drawn from it, its timeline, and the actions this agent may
/// take on it now with the inputs each needs.
/// </summary>
public sealed record ConsoleCase(
    string Code, string Procedure, string Status, string? ReceiptDue, string? ResolutionDue, string? TimeLeft, bool Overdue, string? Assignee,
    string? SubCase, CaseFiler Filer, string? FiledAt, IReadOnlyList<ContentAnswer> Answers, IReadOnlyList<ContentTable> Tables,
    IReadOnlyList<ConsoleLink> Files, IReadOnlyList<ConsoleLink> ResultFiles, IReadOnlyList<ConsoleLink> Documents,
    IReadOnlyList<HandoffLine> Timeline, IReadOnlyList<ConsoleCaseAction> Actions)
{
    /// <summary>A question (hỏi - đáp): the panel names it so, with its answer's due date and who answers it.</summary>
    public bool IsQuestion { get; init; }
}
