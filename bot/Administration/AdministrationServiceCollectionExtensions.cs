using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Operations;
using InternalTthc.Bot.Operations.Backup;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Bot.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>
    /// Administration (directory files, chat accounts, stored calendar days, catalog reload, the administrator page) and
    /// operations (health, heartbeats, backup). Called after the other areas: the services they registered as built once
    /// from the catalog are made to follow a reload.
    /// </summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CatalogBound<IntentRecognizer>(catalog => ActivatorUtilities.CreateInstance<IntentRecognizer>(sp, catalog)));
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<CatalogBound<IntentRecognizer>>().For(sp.GetRequiredService<ProcedureCatalog>())));
        services.Replace(ServiceDescriptor.Scoped<ReminderPlanner, ReminderPlanner>());

        services.AddScoped<DirectoryFileImport>();
        services.AddScoped<AdministratorScope>();
        services.AddScoped<ChannelAccountLinks>();
        services.AddScoped<CalendarDays>();
        services.AddScoped<CatalogReload>();
        services.AddAntiforgery();
        services.AddScoped<AdminPageEndpoints>();
        services.TryAddSingleton(sp => new ServiceRhythm(sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<AdministrationRefresher>();

        services.AddSingleton<DispatcherHeartbeat>();
        services.AddScoped<StoreProbe>();
        services.AddScoped<StoreBackup>();
        services.AddHostedService<InstanceHeartbeat>();
        return services;
    }
}
