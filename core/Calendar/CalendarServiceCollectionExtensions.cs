using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Core.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the calendar services as singletons (they only read their inputs). The host binds
    /// <paramref name="options"/> from the "Calendar" section; a broken schedule file or office-hours
    /// entry fails when the first of them is resolved.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, CalendarOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<VietnameseLunarCalendar>();
        services.AddSingleton<CalendarAdjustments>();
        services.AddSingleton(sp => new WorkingCalendar(options, sp.GetRequiredService<VietnameseLunarCalendar>(),
            OfficialSchedules.Load(options.ScheduleDirectory), sp.GetRequiredService<CalendarAdjustments>()));
        services.AddSingleton<OfficeHours>();
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<IDeadlineCalculator>(sp => sp.GetRequiredService<DeadlineCalculator>());
        services.AddSingleton<DeadlineStatusEvaluator>();
        services.AddSingleton<CalendarQueries>();
        return services;
    }
}
