using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Credentials;
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
    /// <summary>The advisory lock of the migrations (its key is "tthcmigr" as a number): every instance of this service takes the same.</summary>
    private const string LockMigrations = "SELECT pg_advisory_lock(8391446781944751986)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(8391446781944751986)";

    /// <summary>Registers the store on the configured engine, with the case and directory stores.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, StoreOptions options)
    {
        services.AddSingleton(options);
        // The moment of outbox rows a save queues; hosts and tests replace it with their clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteTuning>();
        services.AddSingleton<SqliteCheckpoints>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<TurnQueries>();
        services.AddSingleton<StoreWarmUp>();
        services.AddSingleton<PreparedReads>();
        services.AddSingleton<PreparedWrites>();
        services.AddSingleton<SqliteTurnReads>();
        services.AddSingleton<TurnReadHints>();
        services.AddScoped<PostgresTurnReads>();
        // Pooled: a request's context is a reset one, not built anew (its options, EF's services) for every request.
        services.AddDbContextPool<TthcDbContext>((sp, o) =>
        {
            Configure(o, options, sp.GetRequiredService<SqliteTuning>());
            // Interceptors the host registers (a test's observer of commits) join the store's own.
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddSingleton<CaseCodeAllocator>();
        services.AddScoped<CaseCodeAssignment>();
        services.AddScoped<CaseStoredColumns>();
        services.AddScoped<CaseSaveStatements>();
        services.AddScoped<CaseWrites>();
        services.AddScoped<ICaseStore, EfCaseStore>();
        services.AddScoped<Reports.IDashboardStore, EfDashboardStore>();
        services.AddScoped<IDirectoryStore, EfDirectoryStore>();
        services.AddScoped<IConversationLog, EfConversationLog>();
        services.AddScoped<IInboundLedger, EfInboundLedger>();
        services.AddScoped<IGreetingLog, EfGreetingLog>();
        services.AddScoped<IConversationReferences, EfConversationReferences>();
        services.AddScoped<IConversationStateStore, EfConversationStateStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IOutboxStore, EfOutboxStore>();
        services.AddScoped<IDeliveryLog, EfDeliveryLog>();
        services.AddScoped<IAnnouncementStore, EfAnnouncementStore>();
        services.AddScoped<IPublishedAnswers, EfPublishedAnswers>();
        services.AddScoped<IShownCaseCards, EfShownCaseCards>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IConnectionHold, EfConnectionHold>();
        services.AddScoped<TurnWrites>();
        services.AddScoped<IRetentionPurge, EfRetentionPurge>();
        services.AddScoped<ICalendarAdjustmentStore, EfCalendarAdjustmentStore>();
        services.AddScoped<IServiceInstances, EfServiceInstances>();
        services.AddScoped<IServiceSettings, EfServiceSettings>();
        services.AddSingleton<CredentialRenewalLock>();
        services.AddScoped<IChannelCredentials, EfChannelCredentials>();
        services.AddScoped<IHandoffStore, EfHandoffStore>();
        return services;
    }

    /// <summary>Which store the options name, for an administrator: the SQLite file's full path, or the PostgreSQL server and database (never a password).</summary>
    public static string Describe(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.PostgreSql)
        {
            var pg = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
        }

        return $"SQLite {SqliteFile(options)}";
    }

    /// <summary>Whether the store is there and was migrated at least once (a reading verb must not create one).</summary>
    public static async Task<bool> ExistsAsync(TthcDbContext db, StoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Sqlite && !File.Exists(SqliteFile(options)))
        {
            return false;
        }

        return await db.Database.CanConnectAsync(cancellationToken) && (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>Stateless (the hold's state is on the context), so one serves every context.</summary>
    private static readonly ConnectionHoldInterceptor HoldInterceptor = new();

    private static string SqliteFile(StoreOptions options) => Path.GetFullPath(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);

    internal static void Configure(DbContextOptionsBuilder builder, StoreOptions options, SqliteTuning sqlite)
    {
        UseEngine(builder, options, sqlite);
        // The model as code (core/Store/Compiled, one per engine): EF builds none at start. CompiledModelTests fails when
        // the mapping changed and the code was not written again (docs/performance.md, "perf5a", says how).
        builder.UseModel(options.Provider == StoreProvider.PostgreSql
            ? Compiled.PostgreSql.TthcDbContextModel.Instance
            : Compiled.Sqlite.TthcDbContextModel.Instance);
    }

    /// <summary>The engine and its settings, without the compiled model: what the model is built from (and compiled from).</summary>
    internal static void UseEngine(DbContextOptionsBuilder builder, StoreOptions options, SqliteTuning sqlite)
    {
        _ = options.Provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o.ExecutionStrategy(d => new SqliteBusyRetry(d, options))).AddInterceptors(sqlite, HoldInterceptor),
            StoreProvider.PostgreSql => builder.UseNpgsql(PostgresConnectionDefaults.Apply(options.ConnectionString), npgsql => npgsql.ExecutionStrategy(d => new PostgresRestartRetry(d, options))),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Store:Provider must be Sqlite or PostgreSql."),
        };

        // Migrations are written by hand without a model snapshot; a contract test checks the schema instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Creates the SQLite file's folder if needed, applies pending migrations and sets WAL. On PostgreSQL the migrations run
    /// under a session advisory lock, so instances starting together on an empty database take turns: the first migrates,
    /// the others then find nothing pending (SQLite's own migration lock does the same for a file).
    /// </summary>
    public static async Task MigrateAsync(TthcDbContext db, StoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var sqliteFile = options.Provider == StoreProvider.Sqlite ? SqliteFile(options) : null;
        // A restart finds every migration applied: no migrator, no lock (a store being migrated lacks some, so waits for it).
        var current = (sqliteFile is null || File.Exists(sqliteFile)) && (await PendingMigrations.ListAsync(db, options, cancellationToken)).Count == 0;
        if (options.Provider == StoreProvider.PostgreSql)
        {
            if (current)
            {
                return;
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync(LockMigrations, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                // Closing the session would free the lock too; this keeps a pooled connection from holding it.
                await db.Database.ExecuteSqlRawAsync(UnlockMigrations, CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        if (options.Provider == StoreProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && file != ":memory:")
            {
                System.IO.Directory.CreateDirectory(folder);
            }
        }

        if (!current)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.Provider == StoreProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
