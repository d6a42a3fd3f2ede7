using InternalTthc.Bot.Channels.BotFramework;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The whole service, built the same way for `dotnet run` and for tests that start the real
/// program: catalog and store, channels, the bot, and its endpoints.
/// </summary>
public static class TthcApp
{
    /// <summary>Builds and initializes the service; <paramref name="configure"/> lets a test override settings or services.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        await builder.AddTthcCoreAsync(cancellationToken);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        // A test may register its own bot in `configure`; otherwise this one answers.
        builder.Services.TryAddTransient<IBot, EchoBot>();

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        }

        // The chat page's script and the Web Chat bundle; "/" itself is an endpoint that checks the sign-in.
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.MapGet("/healthz", () => Results.Ok("ok"));
        app.MapBotFramework();
        app.MapDirectLine();
        return app;
    }
}
