using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Operations;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Notifications.Reminders;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Notifications;

/// <summary>Runs the outbox dispatcher in the background: at once when new rows are committed, else every poll interval.</summary>
public sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock,
    DispatcherHeartbeat heartbeat, FirstRounds firstRounds, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    private DateOnly _yearlyPlannedOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Alive while it waits for its first round: /healthz counts a dispatcher without a round as stalled.
        heartbeat.Beat();
        if (!await firstRounds.WaitAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeat.Beat();
            try
            {
                await PlanYearlyRemindersAsync(stoppingToken);
                if (await dispatcher.RunOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The store may be down for a moment; the rows stay and the next round takes them.
                logger.LogError(e, "The outbox dispatcher could not lease or record rows.");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Once a day, queues this year's and next year's yearly reminders (DTI dates...) and recurring duties' reminders; rows
    /// already queued are kept as they are, so a restart or a second instance plans nothing twice.
    /// </summary>
    private async Task PlanYearlyRemindersAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow()));
        if (today == _yearlyPlannedOn)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var yearly = scope.ServiceProvider.GetRequiredService<YearlyReminders>();
        var duties = scope.ServiceProvider.GetRequiredService<DutyPlanner>();
        await scope.ServiceProvider.GetRequiredService<IOutboxStore>().AddAsync(
            [.. yearly.Plan(today.Year), .. yearly.Plan(today.Year + 1), .. duties.Plan(today.Year), .. duties.Plan(today.Year + 1)], ct);
        _yearlyPlannedOn = today;
    }
}
