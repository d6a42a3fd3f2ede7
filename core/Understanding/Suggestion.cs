namespace InternalTthc.Core.Understanding;

/// <summary>
/// One choice the bot offers: a procedure to start (<see cref="Kind"/> a kind of request), a procedure's
/// facts to show (<see cref="UtteranceKind.Facts"/>), or a command (<see cref="Procedure"/> null).
/// </summary>
public sealed record Suggestion(UtteranceKind Kind, ProcedureMatch? Procedure = null)
{
    public CommandKind? Command => UtteranceKinds.AsCommand(Kind);
}
