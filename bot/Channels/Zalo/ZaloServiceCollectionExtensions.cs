using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>The Zalo Official Account channel: webhook, event and message handlers of the outbox, OA API and token clients.</summary>
public static class ZaloServiceCollectionExtensions
{
    /// <summary>Call after <c>AddBotFramework</c>, so the Zalo sender carries its channel.</summary>
    public static IServiceCollection AddZalo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ZaloOptions>().Bind(configuration.GetSection(ZaloOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidator>();
        services.AddHttpClient<ZaloApiClient>();
        services.AddHttpClient<ZaloOAuthClient>();
        // A file sent to the OA is fetched only from where Zalo keeps files: never follow a redirect elsewhere.
        services.AddHttpClient(nameof(ZaloFiles)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<ZaloSignature>();
        services.AddSingleton<ZaloTokenCipher>();
        services.AddSingleton<ZaloMessageBuilder>();
        services.AddSingleton<ZaloMemory>();
        services.AddScoped<ZaloAccessTokens>();
        services.AddScoped<ZaloConsent>();
        services.AddScoped<ZaloUserStates>();
        services.AddScoped<ZaloOutbox>();
        services.AddScoped<ZaloFiles>();
        services.AddScoped<ZaloActivities>();
        services.AddScoped<ZaloTurns>();
        services.AddScoped<ZaloInbox>();
        services.AddScoped<ZaloWebhookEndpoint>();
        services.AddScoped<IChannelSender, ZaloChannelSender>();
        services.AddKeyedScoped<IOutboxHandler, ZaloEventHandler>(ZaloInbox.Topic);
        services.AddKeyedScoped<IOutboxHandler, ZaloMessageHandler>(ZaloOutbox.Topic);
        return services;
    }
}
