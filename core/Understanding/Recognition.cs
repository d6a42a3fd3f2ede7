namespace InternalTthc.Core.Understanding;

/// <summary>What one message asks for. Only the members of its <see cref="Kind"/> are set.</summary>
public sealed record Recognition
{
    public required RecognitionKind Kind { get; init; }

    public CommandKind? Command { get; init; }

    /// <summary>The case code of <see cref="CommandKind.LookUp"/>, upper case ("LCU-2026-00042").</summary>
    public string? CaseCode { get; init; }

    /// <summary>What <see cref="CommandKind.SearchAnswers"/> looks for, as typed after the command; null when nothing followed.</summary>
    public string? SearchText { get; init; }

    /// <summary>The procedure of <see cref="RecognitionKind.Procedure"/> and <see cref="RecognitionKind.InfoQuestion"/>.</summary>
    public ProcedureMatch? Match { get; init; }

    /// <summary>Procedures that scored, best first (the close ones for <see cref="RecognitionKind.Ambiguous"/>).</summary>
    public IReadOnlyList<ProcedureMatch> Candidates { get; init; } = [];

    /// <summary>The asked topic; also set on an ambiguous or unknown question so the bot can ask which procedure.</summary>
    public InfoTopic? Topic { get; init; }

    public static Recognition Unknown(InfoTopic? topic = null) => new() { Kind = RecognitionKind.Unknown, Topic = topic };

    public static Recognition ForCommand(CommandKind command, string? caseCode = null) =>
        new() { Kind = RecognitionKind.Command, Command = command, CaseCode = caseCode };
}
