using InternalTthc.Core.Calendar;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>One instance of the service's outbox side over a shared test database: its own container, dispatcher and handler.</summary>
public sealed class OutboxInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public OutboxInstance(TestStore store, TimeProvider clock, IOutboxHandler handler, OutboxOptions? options = null)
        : this(store, clock, _ => handler, options)
    {
    }

    /// <summary>With a handler made in each row's scope, so it can use the store as the service's handlers do.</summary>
    public OutboxInstance(TestStore store, TimeProvider clock, Func<IServiceProvider, IOutboxHandler> handler, OutboxOptions? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStore(store.Options);
        services.AddSingleton(TestCatalog.Create());
        services.AddSingleton(clock);
        services.AddWorkingCalendar(new CalendarOptions());
        services.AddNotifications(options ?? new OutboxOptions());
        services.AddKeyedScoped(TestHandler.TestTopic, (s, _) => handler(s));
        _services = services.BuildServiceProvider();
        Dispatcher = _services.GetRequiredService<OutboxDispatcher>();
    }

    public OutboxDispatcher Dispatcher { get; }

    public async Task<T> UseAsync<T>(Func<IOutboxStore, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IOutboxStore>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
