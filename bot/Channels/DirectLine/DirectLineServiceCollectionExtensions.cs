using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Endpoints;
using InternalTthc.Bot.Channels.DirectLine.Streaming;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>Registers our Direct Line 3.0 server, its tokens, attachment files and the Web Chat page's sign-in.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "DirectLine";

    /// <summary>Call after <c>AddBotFramework</c>: the Direct Line sender then wins for its channels.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.SectionName))
            .Validate(o => o.TrustedProxies.All(WebChatOptions.IsAddressOrNetwork),
                "WebChat:TrustedProxies must list IP addresses or networks (e.g. 10.0.0.5 or 10.0.0.0/24).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ProxyUserHeader), "WebChat:ProxyUserHeader must name a header.")
            .ValidateOnStart();
        services.AddLocalFileStore(configuration.GetSection(FileStoreOptions.Section).Get<FileStoreOptions>() ?? new());

        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAddresses>();
        services.AddSingleton<ConversationSignals>();
        services.AddScoped<DirectLineActivityLog>();
        services.AddScoped<DirectLineAuthorizer>();
        services.AddScoped<DirectLineChannelSender>();
        services.AddScoped<IChannelSender>(provider => provider.GetRequiredService<DirectLineChannelSender>());
        services.AddScoped<DirectLineTurns>();
        services.AddScoped<ActivityStreamPump>();
        services.AddScoped<WebSignIn>();
        services.AddScoped<DirectLineTokenEndpoints>();
        services.AddScoped<DirectLineConversationEndpoints>();
        services.AddScoped<DirectLineActivityEndpoints>();
        services.AddScoped<DirectLineUploadEndpoint>();
        services.AddScoped<DirectLineAttachmentEndpoint>();
        services.AddScoped<DirectLineStreamEndpoint>();
        services.AddScoped<WebChatPageEndpoints>();
        AddCors(services, configuration);
        return services;
    }

    private static void AddCors(IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>()?.AllowedOrigins ?? [];
        // DirectLineJS sends these three headers; x-ms-bot-agent is the one home-made servers forget.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. origins])
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .WithMethods("GET", "POST")));
    }
}
