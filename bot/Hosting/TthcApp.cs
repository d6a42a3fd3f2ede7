using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Idempotency;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Handoff;
using InternalTthc.Bot.Channels.DirectLine;
using InternalTthc.Bot.Notifications;
using InternalTthc.Bot.Operations;
using InternalTthc.Bot.Operations.Logging;
using InternalTthc.Bot.Questions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The whole service, built the same way for `dotnet run` and for tests that start the real
/// program: catalog and store, channels, the bot, and its endpoints.
/// </summary>
public static class TthcApp
{
    /// <summary>The service for a command-line verb: only errors are logged, the terminal is the verb's.</summary>
    public static Task<WebApplication> BuildQuietAsync(Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken) =>
        BuildAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Error",
                ["Logging:LogLevel:Microsoft"] = "Error",
            });
            configure?.Invoke(builder);
        }, cancellationToken);

    /// <summary>Builds and initializes the service; <paramref name="configure"/> lets a test override settings or services.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        await builder.AddTthcCoreAsync(cancellationToken);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, LedgerActivityDeduplicator>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, StoredConversationReferenceStore>());
        builder.Services.AddConversations();
        builder.Services.AddTthcNotifications(builder.Configuration);
        builder.Services.AddHandoff(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddAdministration();
        builder.UseMaskedLogging();

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        }

        // The chat page's script and the Web Chat bundle; "/" itself is an endpoint that checks the sign-in.
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.MapHealth();
        app.MapAdministration();
        app.MapBotFramework();
        app.MapAnnexTemplates();
        app.MapCaseFiles();
        app.MapAnswerPage();
        app.MapDirectLine();
        return app;
    }
}
