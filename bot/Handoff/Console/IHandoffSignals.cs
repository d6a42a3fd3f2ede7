namespace InternalTthc.Bot.Handoff.Console;

/// <summary>Tells every agent console, on every instance, that a hand-off changed.</summary>
public interface IHandoffSignals
{
    Task PublishAsync(HandoffSignal signal, CancellationToken ct);
}
