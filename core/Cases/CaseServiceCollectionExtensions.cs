using InternalTthc.Core.Cases.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Core.Cases;

public static class CaseServiceCollectionExtensions
{
    /// <summary>What carries out people's actions on cases. Needs the catalog, the calendar, the store and a clock.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<CaseRouting>();
        services.AddScoped<CaseDeadlines>();
        services.TryAddSingleton<RequesterDeadlines>();
        services.AddScoped<CaseFiling>();
        services.AddScoped<CaseService>();
        services.AddScoped<AgentQueue>();
        services.AddScoped<CaseContentReader>();
        return services;
    }
}
