using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the readers of people's words as singletons (they only read their inputs), and the shipped kind model. Needs the
    /// <see cref="Catalog.ProcedureCatalog"/> and the calendar (<see cref="Calendar.CalendarServiceCollectionExtensions.AddWorkingCalendar"/>).
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.AddSingleton(_ => Model.KindModel.Shipped);
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<VietnameseTimeParser>();
        services.AddSingleton<IncidentReportReader>();
        services.AddSingleton<QuestionRules>();
        return services;
    }
}
