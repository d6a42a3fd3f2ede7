using InternalTthc.Bot.Hosting;

namespace InternalTthc.Bot.Commands;

/// <summary>Runs one administrators' verb against the configured service: its services in a scope, its answer printed, 0 or 1.</summary>
public static class VerbRun
{
    public static async Task<int> RunAsync(
        Func<IServiceProvider, CancellationToken, Task<(bool Done, string Message)>> verb, TextWriter output, Action<WebApplicationBuilder>? configure,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(output);
        await using var app = await TthcApp.BuildQuietAsync(configure, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var (done, message) = await verb(scope.ServiceProvider, ct);
        await output.WriteLineAsync(message);
        return done ? 0 : 1;
    }
}
