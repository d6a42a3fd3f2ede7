using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>What one message asks for in the person's jurisdiction. Only the members of its <see cref="Kind"/> are set.</summary>
public sealed record Recognition
{
    public required RecognitionKind Kind { get; init; }

    /// <summary>How sure the bot is (a reader's finding is always high).</summary>
    public ConfidenceBand Band { get; init; } = ConfidenceBand.High;

    public CommandKind? Command { get; init; }

    /// <summary>The case code of <see cref="CommandKind.LookUp"/>, upper case ("LCU-2026-00042").</summary>
    public string? CaseCode { get; init; }

    /// <summary>What <see cref="CommandKind.SearchAnswers"/> looks for, as typed after the command; null when nothing followed.</summary>
    public string? SearchText { get; init; }

    /// <summary>The procedure of <see cref="RecognitionKind.Procedure"/> and <see cref="RecognitionKind.InfoQuestion"/>.</summary>
    public ProcedureMatch? Match { get; init; }

    /// <summary>What to offer, best first: the choices of an ambiguous message, the closest offered, or the nearest procedures.</summary>
    public IReadOnlyList<Suggestion> Choices { get; init; } = [];

    /// <summary>The asked topic of an information question.</summary>
    public InfoTopic? Topic { get; init; }

    /// <summary>The kind of request of <see cref="RecognitionKind.NotOffered"/>.</summary>
    public RequestKind? Missing { get; init; }

    /// <summary>What the message is, before the catalog was looked at.</summary>
    public KindReading? Reading { get; init; }

    public static Recognition ForCommand(CommandKind command, string? caseCode = null) =>
        new() { Kind = RecognitionKind.Command, Command = command, CaseCode = caseCode };
}
