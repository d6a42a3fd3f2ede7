namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// A page of the console's case queue under the filter it was read with (as "hàng đợi" offers them), how many there are
/// (<see cref="Summary"/>, said in words), and the filters and procedures to pick from.
/// </summary>
public sealed record ConsoleCaseList(
    string Filter, string? Procedure, string Summary, int Skip, int Size, int Total,
    IReadOnlyList<ConsoleChoice> Filters, IReadOnlyList<ConsoleChoice> Procedures, IReadOnlyList<ConsoleCaseRow> Rows);
