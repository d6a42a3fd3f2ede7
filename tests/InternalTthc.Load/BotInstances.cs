namespace InternalTthc.Load;

/// <summary>
/// The service under load as one or more processes on one store (<c>--instances</c>): requests are spread over them in
/// turn, as a round-robin balancer does, and their CPU and memory are added up.
/// </summary>
public sealed class BotInstances(IReadOnlyList<BotProcess> processes) : IAsyncDisposable
{
    public IReadOnlyList<string> Urls { get; } = [.. processes.Select(p => p.Url)];

    public int Count => processes.Count;

    public TimeSpan CpuTime => processes.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.CpuTime);

    public long PeakMegabytes => processes.Sum(p => p.PeakMegabytes);

    public long ResidentMegabytes => processes.Sum(p => p.ResidentMegabytes);

    public static async Task<BotInstances> StartAsync(int count, Func<Task<BotProcess>> start)
    {
        var processes = new List<BotProcess>();
        try
        {
            // One after the other: the first migrates an empty store, the others find it current (as a rolling start).
            for (var i = 0; i < count; i++)
            {
                processes.Add(await start());
            }

            return new BotInstances(processes);
        }
        catch
        {
            await Task.WhenAll(processes.Select(p => p.DisposeAsync().AsTask()));
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(processes.Select(p => p.DisposeAsync().AsTask()));
}
