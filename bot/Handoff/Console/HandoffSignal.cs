namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// Something of a hand-off changed (its state, its transcript), or a case of the agency changed (<see cref="CaseCode"/>):
/// the consoles of its agency look again.
/// </summary>
public sealed record HandoffSignal(Guid AgencyId, Guid HandoffId)
{
    public string? CaseCode { get; init; }
}
