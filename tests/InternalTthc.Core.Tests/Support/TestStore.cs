using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Support;

/// <summary>
/// A fresh, migrated database on a real engine: an SQLite file, or a new database on the
/// PostgreSQL server named by INTERNALTTHC_TEST_POSTGRES. Without that variable the PostgreSQL
/// half is skipped with the reason, except under CI, where it must run.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private TestStore(StoreOptions options, ServiceProvider services, Func<Task> drop)
    {
        Options = options;
        Services = services;
        _drop = drop;
    }

    public StoreOptions Options { get; }
    public ServiceProvider Services { get; }

    public static TheoryData<StoreProvider> Engines => new(StoreProvider.Sqlite, StoreProvider.PostgreSql);

    /// <param name="migrate">False leaves the database empty, for tests of the migration itself.</param>
    public static async Task<TestStore> CreateAsync(StoreProvider engine, ProcedureCatalog? catalog = null, Action<IServiceCollection>? configure = null, bool migrate = true)
    {
        var (options, drop) = engine == StoreProvider.Sqlite ? Sqlite() : await PostgresAsync();
        var services = new ServiceCollection();
        services.AddStore(options);
        services.AddWorkingCalendar(new CalendarOptions());
        services.AddSingleton(catalog ?? TestCatalog.Create());
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        if (!migrate)
        {
            return new TestStore(options, provider, drop);
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), options, TestContext.Current.CancellationToken);
        }

        return new TestStore(options, provider, drop);
    }

    /// <summary>A new scope, as one request of the service would have.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Runs <paramref name="act"/> with a service of a new scope.</summary>
    public async Task<T> UseAsync<TService, T>(Func<TService, Task<T>> act) where TService : notnull
    {
        await using var scope = Scope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Imports the test directory of <paramref name="catalog"/>; its people's ids by login.</summary>
    public async Task<Dictionary<string, Guid>> ImportPeopleAsync(ProcedureCatalog catalog)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var import = TestDirectory.Create(catalog);
        await directory.ImportAsync(import, ct);
        var people = new Dictionary<string, Guid>();
        foreach (var person in import.People)
        {
            people[person.Login] = (await directory.FindPersonByLoginAsync(person.Login, ct))!.Id;
        }

        return people;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _drop();
    }

    private static (StoreOptions, Func<Task>) Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tthc-test-{Guid.NewGuid():N}.db");
        return (new StoreOptions { Provider = StoreProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=False" }, () =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            return Task.CompletedTask;
        });
    }

    private static async Task<(StoreOptions, Func<Task>)> PostgresAsync()
    {
        var database = await ScratchPostgres.CreateAsync();
        return (new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = database.ConnectionString }, () => database.DisposeAsync().AsTask());
    }
}
