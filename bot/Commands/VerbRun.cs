using InternalTthc.Bot.Hosting;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// Runs one administrators' verb against the configured service: the store it works on named first, its services in a
/// scope, its answer printed, 0 or 1. Only a verb that may create the store (<paramref name="mayCreateStore"/>) runs on none.
/// </summary>
public static class VerbRun
{
    public static async Task<int> RunAsync(
        Func<IServiceProvider, CancellationToken, Task<(bool Done, string Message)>> verb, TextWriter output, Action<WebApplicationBuilder>? configure,
        CancellationToken ct, bool mayCreateStore = false)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(output);
        await using var app = await VerbApp.OpenAsync(mayCreateStore, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var (done, message) = await verb(scope.ServiceProvider, ct);
        await output.WriteLineAsync(message);
        return done ? 0 : 1;
    }
}
