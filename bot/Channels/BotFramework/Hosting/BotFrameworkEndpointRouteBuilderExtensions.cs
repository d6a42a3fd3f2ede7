using InternalTthc.Bot.Channels.BotFramework.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotFrameworkEndpointRouteBuilderExtensions
{
    public const string MessagesRoute = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c>; warns loudly when authentication is off.</summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var authentication = endpoints.ServiceProvider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (authentication.IsAuthenticationDisabled)
        {
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(BotFrameworkEndpointRouteBuilderExtensions).FullName!)
                .LogWarning("MicrosoftAppId is empty: {Route} accepts UNAUTHENTICATED requests. Use this for local development "
                    + "with the Emulator only, never on a reachable host.", MessagesRoute);
        }

        return endpoints.MapPost(MessagesRoute,
            (HttpContext context, [FromServices] BotMessagesEndpoint endpoint) => endpoint.HandleAsync(context));
    }
}
