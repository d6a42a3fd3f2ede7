using InternalTthc.Bot.Notifications;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// After a case changed (the row that brings its shown cards up to date, one per event, whoever acted and wherever), the
/// consoles of its executing and deciding agencies are told, on every instance, and read their case list again.
/// </summary>
public sealed class ConsoleCaseSignals(CaseCardUpdater cards, ICaseStore cases, IHandoffSignals signals) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = await cards.HandleAsync(message, cancellationToken);
        if (CaseCardsPayload.Read(message) is { } payload && await cases.FindAsync(payload.CaseId, cancellationToken) is { } c)
        {
            foreach (var agency in new[] { c.ExecutingUnitId, c.DecidingUnitId }.Distinct())
            {
                await signals.PublishAsync(new HandoffSignal(agency, Guid.Empty) { CaseCode = c.Code }, cancellationToken);
            }
        }

        return result;
    }
}
