namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The case an agent is about to open from a conversation, prefilled: for whom (the person and his unit), the procedure
/// and sub-case with the others he may pick, and the form's fields. <see cref="CaseId"/> makes a second press file nothing more.
/// </summary>
public sealed record ConsoleCaseForm(
    string CaseId, string Requester, string Unit, string Procedure, string? SubCase,
    IReadOnlyList<ConsoleChoice> Procedures, IReadOnlyList<ConsoleChoice> SubCases, IReadOnlyList<ConsoleField> Fields);
