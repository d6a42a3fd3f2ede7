using InternalTthc.Bot.Handoff;

namespace InternalTthc.Bot.Channels.Terminal;

/// <summary>
/// Prints in the terminal what the agent of a hand-off writes, and what the service tells (taken, ended). The service
/// cannot write to a terminal later (it may be another process), so this reads the transcript every few seconds, and
/// after each of the person's own turns. Bot replies and these lines never print into each other.
/// </summary>
public sealed class TerminalHandoffEcho(IServiceProvider services, string conversationId, TextWriter output, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private HandoffTranscriptFeed.Cursor? _shown;

    /// <summary>Runs one of the person's turns, then prints what the agent wrote meanwhile.</summary>
    public async Task TurnAsync(Func<Task> turn, CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            await turn();
            await PrintAsync(withNotes: false, ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Reads the transcript every few seconds until <paramref name="ct"/> ends.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Every, clock, ct);
                await _writing.WaitAsync(ct);
                try
                {
                    await PrintAsync(withNotes: true, ct);
                }
                finally
                {
                    _writing.Release();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The chat ended.
        }
    }

    public void Dispose() => _writing.Dispose();

    private async Task PrintAsync(bool withNotes, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var (lines, shown) = await scope.ServiceProvider.GetRequiredService<HandoffTranscriptFeed>()
            .ReadAsync(TerminalChat.ChannelId, conversationId, _shown, withNotes, ct);
        _shown = shown;
        foreach (var line in lines)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(line);
        }
    }
}
