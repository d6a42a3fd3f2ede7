using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Bot.Hosting;

public static class TthcServiceCollectionExtensions
{
    /// <summary>
    /// Loads the catalog (a broken file stops the start, naming every fault), checks Service:PublicBaseUrl, and
    /// registers the store and the case services.
    /// </summary>
    public static async Task AddTthcCoreAsync(this WebApplicationBuilder builder, CancellationToken cancellationToken)
    {
        var catalogOptions = builder.Configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new();
        var store = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new();
        StoreSettingsRule.Check(store);
        // EF starts on the other core while this one reads the catalog.
        var engine = StoreEngineWarmUp.StartAsync(store);
        var catalog = await new CatalogLoader().LoadFolderAsync(catalogOptions.FullPath, cancellationToken);
        await engine;
        var service = builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new();
        PublicBaseUrlRule.Check(service, builder.Configuration, builder.Environment);

        var services = builder.Services;
        services.AddSingleton(catalogOptions);
        services.AddSingleton(service);
        services.AddSingleton<PublicAddress>();
        // The catalog is reloadable: each request takes the one current when it starts (see CatalogReload).
        services.AddSingleton(sp => new CatalogHolder(catalog, sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.AddScoped(sp => sp.GetRequiredService<CatalogHolder>().Current);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new());
        services.AddWorkingCalendar(HostVerbs.CalendarOptionsFrom(builder.Configuration).WithOfficeHours(catalog));
        services.AddStore(store);
        services.AddCases();
        services.AddScoped<StoreInitializer>();
        services.AddScoped<DemoDirectorySeed>();
        services.AddSingleton<FirstRounds>();
        services.AddSingleton<StartWarmUp>();
        if (store.Provider == StoreProvider.Sqlite && store.SqliteCheckpointInterval > TimeSpan.Zero)
        {
            services.AddHostedService<SqliteCheckpointService>();
        }

        services.AddOptions<RetentionOptions>().Bind(builder.Configuration.GetSection(RetentionOptions.Section));
        if (builder.Configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()?.Enabled ?? true)
        {
            services.AddHostedService<RetentionService>();
        }
    }
}
