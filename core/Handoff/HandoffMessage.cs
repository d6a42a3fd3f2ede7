namespace InternalTthc.Core.Handoff;

/// <summary>One line of a hand-off's transcript: who wrote what, with the names of the files it carried.</summary>
public sealed class HandoffMessage
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid HandoffId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required HandoffSide Side { get; init; }

    /// <summary>The writer's name as shown (the directory's full name).</summary>
    public required string Author { get; init; }

    public required string Text { get; init; }

    /// <summary>The files it carried, kept in the hand-off's area of the file store (<see cref="HandoffFile"/>, JSON); empty when none.</summary>
    public string Files { get; init; } = "[]";
}
