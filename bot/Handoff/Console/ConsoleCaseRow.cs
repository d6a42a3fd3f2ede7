namespace InternalTthc.Bot.Handoff.Console;

/// <summary>One case in the console's case queue: its code, procedure, where it stands, its nearest deadline, who has it, who asked.</summary>
public sealed record ConsoleCaseRow(
    string Code, string Procedure, string Status, string? DueLabel, string? Due, string? TimeLeft, bool Overdue, bool Urgent, string? Assignee, string? Requester);
