using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Load;

/// <summary>The bot's store as the harness reads and fills it beside the running bot: what was committed, and rows it queues itself.</summary>
public sealed class LoadStore(ServiceProvider services) : IAsyncDisposable
{
    public static string ConnectionString(LoadOptions options, string dataFolder) =>
        options.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "load.db")}";

    public static LoadStore Open(LoadOptions options, string dataFolder) => new(new ServiceCollection()
        .AddStore(new StoreOptions { Provider = Enum.Parse<StoreProvider>(options.Store), ConnectionString = ConnectionString(options, dataFolder) })
        .BuildServiceProvider());

    /// <summary>
    /// Queues <paramref name="count"/> proactive reminders in one transaction, round the first <paramref name="senders"/> senders, each
    /// tagged (<see cref="ChannelStandIn.Tag"/>) with its number: yearly-date reminders of the filing scenario's procedure.
    /// Returns the moment they were queued.
    /// </summary>
    public async Task<DateTimeOffset> QueueRemindersAsync(int count, int senders, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var people = new List<Guid>();
        for (var i = 0; i < senders; i++)
        {
            people.Add((await directory.FindPersonByLoginAsync(LoadSenders.Login(i), cancellationToken))?.Id
                ?? throw new InvalidOperationException($"{LoadSenders.Login(i)} is not in the directory."));
        }

        var now = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("N")[..8];
        var rows = Enumerable.Range(0, count).Select(n => new NotificationPayload(NotificationKind.Reminder, people[n % people.Count])
        {
            ProcedureCode = FilingScenario.Procedure,
            Milestone = $"Ngày thử tải {ChannelStandIn.Tag(n)}",
            Due = now.AddDays(7),
        }.ToMessage($"load-{run}-{n}", now)).ToList();
        await scope.ServiceProvider.GetRequiredService<IOutboxStore>().AddAsync(rows, cancellationToken);
        return now;
    }

    /// <summary>The codes of the cases of <paramref name="procedure"/> committed as filed (drafts have none).</summary>
    public async Task<IReadOnlySet<string>> FiledCodesAsync(string procedure, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var codes = await db.Cases.Where(c => c.ProcedureCode == procedure && c.Status != CaseStatus.Draft && c.Code != null)
            .Select(c => c.Code!).ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
