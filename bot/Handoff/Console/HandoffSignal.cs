namespace InternalTthc.Bot.Handoff.Console;

/// <summary>Something of a hand-off changed (its state, its transcript): the consoles of its agency look again.</summary>
public sealed record HandoffSignal(Guid AgencyId, Guid HandoffId);
