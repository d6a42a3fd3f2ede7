using Microsoft.AspNetCore.SignalR;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>Tells this instance's consoles of an agency that a hand-off or a case changed; they read it again.</summary>
public sealed class ConsoleBroadcaster(IHubContext<AgentConsoleHub> hub)
{
    public const string Changed = "handoffChanged";
    public const string CaseChanged = "caseChanged";

    public static string AgencyGroup(Guid agencyId) => $"agency:{agencyId:N}";

    public Task DeliverAsync(HandoffSignal signal, CancellationToken ct) => signal.CaseCode is { } code
        ? hub.Clients.Group(AgencyGroup(signal.AgencyId)).SendAsync(CaseChanged, code, ct)
        : hub.Clients.Group(AgencyGroup(signal.AgencyId)).SendAsync(Changed, signal.HandoffId.ToString("N"), ct);
}
