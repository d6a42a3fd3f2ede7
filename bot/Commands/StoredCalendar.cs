using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// The calendar the `calendar holidays` and `calendar due` verbs answer from: the official schedules and the settings, with
/// the extra days administrators stored, read from the configured store (named first; a missing store is not created, and
/// then only the schedules and settings count, as the verb says).
/// </summary>
public static class StoredCalendar
{
    public static async Task<CalendarQueries> OpenAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var calendar = new ServiceCollection().AddWorkingCalendar(HostVerbs.CalendarOptionsFrom(configuration)).BuildServiceProvider();
        await using var app = await VerbApp.OpenAsync(mayCreateStore: false, output, null, cancellationToken);
        if (app is not null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var days = await scope.ServiceProvider.GetRequiredService<ICalendarAdjustmentStore>().ListAsync(cancellationToken);
            calendar.GetRequiredService<CalendarAdjustments>().Replace(days);
            await output.WriteLineAsync(AdminText.Vietnamese("DaysStoredCounted", days.Count));
        }

        return calendar.GetRequiredService<CalendarQueries>();
    }
}
