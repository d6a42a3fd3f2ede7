namespace InternalTthc.Core.Understanding;

/// <summary>
/// One choice the bot offers: a procedure to start (<see cref="Kind"/> a kind of request), a procedure's
/// facts to show (<see cref="UtteranceKind.Facts"/>), or a command (<see cref="Procedure"/> null).
/// </summary>
public sealed record Suggestion(UtteranceKind Kind, ProcedureMatch? Procedure = null)
{
    public CommandKind? Command => UtteranceKinds.AsCommand(Kind);

    /// <summary>For <see cref="CommandKind.SearchAnswers"/>: what to look for (the words typed).</summary>
    public string? SearchText { get; init; }

    /// <summary>Commands a button may stand for when asking: they need nothing more and change nothing.</summary>
    public static bool IsOfferable(CommandKind command) =>
        command is CommandKind.MyCases or CommandKind.Queue or CommandKind.Human or CommandKind.Help or CommandKind.Menu or CommandKind.SearchAnswers;
}
