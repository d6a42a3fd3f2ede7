namespace InternalTthc.Bot.Operations;

/// <summary>The outbox dispatcher as /healthz reports it: "alive", "stalled" or "disabled" (Outbox:Enabled=false), and its last round.</summary>
public sealed record DispatcherHealth(string State, DateTimeOffset? LastRound);
