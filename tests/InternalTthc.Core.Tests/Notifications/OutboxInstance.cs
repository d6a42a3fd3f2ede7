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
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStore(store.Options);
        services.AddSingleton(TestCatalog.Create());
        services.AddSingleton(clock);
        services.AddWorkingCalendar(new CalendarOptions());
        services.AddNotifications(options ?? new OutboxOptions());
        services.AddKeyedSingleton<IOutboxHandler>(TestHandler.TestTopic, handler);
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
