namespace InternalTthc.Cards.Menu;

/// <summary>
/// What changed about a procedure since its publication, and advice, already written out: the agencies that carry it out
/// today (with their published names), its standing (adapted, suspended), the jurisdiction's password rules.
/// </summary>
public sealed record ProcedureNotes
{
    public string? ExecutingNow { get; init; }
    public string? DecidingNow { get; init; }
    public string? Standing { get; init; }
    public string? Passwords { get; init; }

    public static ProcedureNotes None { get; } = new();
}
