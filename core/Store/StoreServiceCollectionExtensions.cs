using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Operations;
using InternalTthc.Core.Questions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Core.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers the store on the configured engine, with the case and directory stores.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, StoreOptions options)
    {
        services.AddSingleton(options);
        // The moment of outbox rows a save queues; hosts and tests replace it with their clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<TthcDbContext>(o => Configure(o, options));
        services.AddSingleton<CaseCodeAllocator>();
        services.AddScoped<ICaseStore, EfCaseStore>();
        services.AddScoped<IDirectoryStore, EfDirectoryStore>();
        services.AddScoped<IConversationLog, EfConversationLog>();
        services.AddScoped<IInboundLedger, EfInboundLedger>();
        services.AddScoped<IConversationReferences, EfConversationReferences>();
        services.AddScoped<IConversationStateStore, EfConversationStateStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IOutboxStore, EfOutboxStore>();
        services.AddScoped<IDeliveryLog, EfDeliveryLog>();
        services.AddScoped<IAnnouncementStore, EfAnnouncementStore>();
        services.AddScoped<IPublishedAnswers, EfPublishedAnswers>();
        services.AddScoped<IShownCaseCards, EfShownCaseCards>();
        services.AddScoped<ICalendarAdjustmentStore, EfCalendarAdjustmentStore>();
        services.AddScoped<IServiceInstances, EfServiceInstances>();
        services.AddScoped<IServiceSettings, EfServiceSettings>();
        services.AddScoped<IHandoffStore, EfHandoffStore>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, StoreOptions options)
    {
        _ = options.Provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            StoreProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Store:Provider must be Sqlite or PostgreSql."),
        };

        // Migrations are written by hand without a model snapshot; a contract test checks the schema instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Creates the SQLite file's folder if needed, applies pending migrations and sets WAL.</summary>
    public static async Task MigrateAsync(TthcDbContext db, StoreOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider == StoreProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && file != ":memory:")
            {
                System.IO.Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == StoreProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
