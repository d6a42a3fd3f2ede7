using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Handoff;

public static class HandoffServiceCollectionExtensions
{
    /// <summary>The hand-off to agents: requests, relay, take-over, the outbox handlers of offers and time-outs, and the agent console.</summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section)
            .Validate(o => o.WaitForAgent > TimeSpan.Zero && o.AgentSilence > TimeSpan.Zero && o.DefaultWait > TimeSpan.Zero,
                "Handoff:WaitForAgent, Handoff:AgentSilence and Handoff:DefaultWait must be positive.")
            .Validate(o => o.WaitSample > 0 && o.LastMessages >= 0, "Handoff:WaitSample must be positive and Handoff:LastMessages not negative.")
            .ValidateOnStart();
        services.AddScoped<HandoffAgencies>();
        services.AddScoped<HandoffContextReader>();
        services.AddScoped<HandoffQueue>();
        services.AddScoped<HandoffOutbox>();
        services.AddScoped<HandoffConversations>();
        services.AddScoped<HandoffFiles>();
        services.AddScoped<HandoffTranscriptFeed>();
        services.AddScoped<HandoffRelay>();
        services.AddScoped<HandoffRequests>();
        services.AddScoped<GuestHandoffs>();
        services.AddScoped<HandoffDesk>();
        services.AddScoped<HandoffCaseOpened>();
        services.AddScoped<NotUnderstoodCount>();
        services.AddKeyedScoped<IOutboxHandler, HandoffOfferDeliverer>(HandoffPayload.OfferTopic);
        services.AddKeyedScoped<IOutboxHandler, HandoffOffersUpdater>(HandoffPayload.OffersTakenTopic);
        services.AddKeyedScoped<IOutboxHandler, HandoffQueueNotifier>(HandoffPayload.QueueTopic);
        services.AddKeyedScoped<IOutboxHandler, HandoffTimeouts>(HandoffPayload.TimeoutTopic);
        // The consoles' case lists are told of every case change after its cards are brought up to date.
        services.AddKeyedScoped<IOutboxHandler, ConsoleCaseSignals>(CaseCardsPayload.Topic);

        services.AddSignalR();
        services.AddSingleton<CannedReplies>();
        services.AddScoped<ConsoleViews>();
        services.AddScoped<ConsoleActions>();
        services.AddScoped<ConsoleCaseForms>();
        services.AddScoped<ConsoleCaseFiling>();
        services.AddScoped<ConsoleCasePanel>();
        services.AddScoped<ConsoleCaseQueue>();
        services.AddScoped<ConsoleSignIn>();
        services.AddScoped<AgentConsoleEndpoints>();
        services.AddScoped<ConsoleCaseEndpoints>();
        services.AddAntiforgery();
        services.AddSingleton<ConsoleBroadcaster>();
        services.AddSingleton<IHandoffSignals, HandoffSignalBus>();
        if ((configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new()).Provider == StoreProvider.PostgreSql)
        {
            services.AddHostedService<PostgresSignalListener>();
        }

        return services;
    }
}
