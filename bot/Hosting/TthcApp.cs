using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Idempotency;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.CaseWeb;
using InternalTthc.Bot.Dashboard;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Handoff;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Bot.Channels.DirectLine;
using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Bot.Notifications;
using InternalTthc.Bot.Operations;
using InternalTthc.Bot.Operations.Logging;
using InternalTthc.Bot.Questions;
using InternalTthc.Core.Store;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The whole service, built the same way for `dotnet run` and for tests that start the real
/// program: catalog and store, channels, the bot, and its endpoints.
/// </summary>
public static class TthcApp
{
    /// <summary>The configuration section bound to Kestrel's <see cref="SocketTransportOptions"/>.</summary>
    public const string SocketsSection = "Kestrel:Sockets";

    /// <summary>Builds and initializes the service; <paramref name="configure"/> lets a test override settings or services.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var app = await ComposeAsync(args, configure, cancellationToken);
        await InitializeStoreAsync(app, cancellationToken);
        Serve(app);
        // Beside Kestrel's start, which leaves a core idle; ready waits for it, so ready still means the first turns are fast
        // (verbs have no turns to warm). Begun last: a build that fails leaves nothing running.
        var times = app.Services.GetRequiredService<StartTimes>();
        var store = app.Services.GetRequiredService<StoreWarmUp>();
        var firstTurn = app.Services.GetRequiredService<FirstTurnWarmUp>();
        app.Services.GetRequiredService<StartWarmUp>().Begin(async ct =>
        {
            await store.WarmAsync(ct);
            times.Mark("store warmed");
            await firstTurn.WarmAsync(ct);
            times.Mark("first turn warmed");
        }, cancellationToken);
        return app;
    }

    /// <summary>
    /// The service's parts, built but not started and serving nothing: a settings section is checked when its part is first
    /// used (or at start), so a command-line verb meets only the settings of the parts it uses.
    /// </summary>
    public static async Task<WebApplication> ComposeAsync(string[] args, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var times = new StartTimes();
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        // Kestrel's socket transport from "Kestrel:Sockets"; appsettings.json turns UnsafePreferInlineScheduling on: a request
        // runs on the pool thread that completed its read instead of being queued once more (docs/performance.md, "kestrel13"). The
        // socket completions stay on the pool (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS unset), so the synchronous SQLite
        // work of a turn, a case's flush or a busy wait never holds up the epoll thread.
        builder.Services.Configure<SocketTransportOptions>(builder.Configuration.GetSection(SocketsSection));
        times.Mark("host builder");
        builder.Services.AddSingleton(times);
        await builder.AddTthcCoreAsync(cancellationToken);
        times.Mark("catalog read and validated");
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Scoped<IActivityDeduplicator, LedgerActivityDeduplicator>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, StoredConversationReferenceStore>());
        builder.Services.AddConversations();
        builder.Services.AddTthcNotifications(builder.Configuration);
        builder.Services.AddHandoff(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddZalo(builder.Configuration);
        builder.Services.AddCaseWeb();
        builder.Services.AddDashboard();
        builder.Services.AddTthcProtection(builder.Configuration);
        builder.Services.AddAdministration();
        builder.UseMaskedLogging();

        var app = builder.Build();
        times.Mark("services");
        return app;
    }

    /// <summary>Migrates the store and loads the catalog's agencies (and the demo directory when asked).</summary>
    public static async Task InitializeStoreAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
    }

    private static void Serve(WebApplication app)
    {
        var times = app.Services.GetRequiredService<StartTimes>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            times.Mark("listening");
            listening.TrySetResult();
        });
        // Logged once both have ended, whichever is last.
        _ = Task.WhenAll(listening.Task, app.Services.GetRequiredService<StartWarmUp>().Ended).ContinueWith(
            _ => times.Log(app.Services.GetRequiredService<ILogger<StartTimes>>()), CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((context, next) => headers.ApplyAsync(context, () => next(context)));
        var unreadable = app.Services.GetRequiredService<UnreadableRequests>();
        app.Use((context, next) => unreadable.ApplyAsync(context, () => next(context)));
        // Zalo checks the domain with a page at the root, served by the channel's endpoint, not from static files.
        var verifier = ZaloEndpointRouteBuilderExtensions.VerifierPath(app.Services.GetRequiredService<IOptions<ZaloOptions>>().Value);
        app.Use((context, next) => PagesBehindSignIn(context, verifier, () => next(context)));
        // The chat page's script and the Web Chat bundle; "/" itself is an endpoint that checks the sign-in.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.MapHealth();
        app.MapAdministration();
        app.MapBotFramework();
        app.MapAnnexTemplates();
        app.MapCaseFiles();
        app.MapCaseDocuments();
        app.MapCasePage();
        app.MapDashboard();
        app.MapAnswerPage();
        app.MapDirectLine();
        app.MapZalo();
        app.MapAgentConsole();
    }

    /// <summary>
    /// Static files serve no page: /index.html is the chat page at "/", which asks for the sign-in; any other .html is not
    /// found, except <paramref name="endpointPage"/>, which an endpoint serves.
    /// </summary>
    private static Task PagesBehindSignIn(HttpContext context, string? endpointPage, Func<Task> next)
    {
        if (context.Request.Path.Value is { } path && path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(path, endpointPage, StringComparison.Ordinal))
        {
            if (!path.Equals("/index.html", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            context.Request.Path = "/";
        }

        return next();
    }
}
