using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Idempotency;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>Registers the Bot Framework protocol: <c>/api/messages</c>, authentication, the Connector client and their stores.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds everything but the <see cref="IBot"/> itself. The in-memory deduplicator and reference store are added
    /// only if none is registered yet; register database-backed ones to replace them.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        AddOptions(services, configuration);

        services.AddHttpClient(nameof(OpenIdSigningKeyCache));
        services.AddHttpClient(nameof(ClientCredentialsTokenProvider));
        services.AddSingleton<BotRequestAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value switch
            {
                { IsAuthenticationDisabled: true } => new AnonymousConnectorTokenProvider(),
                { AppType: BotAppType.UserAssignedMsi } => ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(provider),
                _ => ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(provider),
            });

        // Lazy<T>: a collaborator only some turns use is made when one does (ScopedLazy).
        services.AddTransient(typeof(Lazy<>), typeof(ScopedLazy<>));
        services.AddSingleton<ConnectorRetryPolicy>();
        // Every reply goes through this client: without the factory's logging handlers, which open a scope and time each
        // request even at Warning (ConnectorClient logs failures itself).
        services.AddHttpClient<IConnectorClient, ConnectorClient>((provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout).RemoveAllLoggers();
        services.AddTransient<ConnectorChannelSender>();
        // Registered first: a channel-specific sender added later (Direct Line) wins for its channel.
        services.AddTransient<IChannelSender>(provider => provider.GetRequiredService<ConnectorChannelSender>());
        services.AddTransient<ChannelSenderSelector>();
        services.AddTransient<ProactiveTurns>();

        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<IChannelBlocks, DirectoryChannelBlocks>();
        services.AddTransient<BotTurnRunner>();
        services.AddSingleton<ActivityRequestReader>();
        services.AddSingleton<FirstTurnWarmUp>();
        services.AddTransient<BotMessagesEndpoint>();
        services.TryAddSingleton<Protection.FailedAuthenticationLimiter>();
        return services;
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        // The MicrosoftApp* settings live at the root, where the SDK and Azure App Service put them.
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes > 0, "BotFramework:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.DeduplicationWindow > TimeSpan.Zero && o.DeduplicationCapacity > 0,
                "BotFramework:DeduplicationWindow and DeduplicationCapacity must be positive.")
            .Validate(o => o.SigningKeyRefreshFloor > TimeSpan.Zero && o.SigningKeyRefreshInterval >= o.SigningKeyRefreshFloor,
                "BotFramework:SigningKeyRefreshFloor must be positive and not above SigningKeyRefreshInterval.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MaxRetries >= 0 && o.RetryBaseDelay >= TimeSpan.Zero,
                "BotFramework:Connector needs a positive Timeout and non-negative MaxRetries and RetryBaseDelay.")
            .ValidateOnStart();
    }
}
