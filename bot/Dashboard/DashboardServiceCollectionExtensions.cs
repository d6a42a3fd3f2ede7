using InternalTthc.Core.Reports;

namespace InternalTthc.Bot.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard: who may read it, and the figures it draws from the store.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardAccess>();
        services.AddScoped<DashboardService>();
        return services;
    }
}
