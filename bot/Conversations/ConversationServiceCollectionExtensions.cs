using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Rendering;

namespace InternalTthc.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The bot and what it needs to understand people and answer them on any channel.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<PlainTextRenderer>();
        services.AddSingleton<CardReplies>();
        services.AddScoped<PersonResolver>();
        services.AddScoped<IBot, TthcBot>();
        return services;
    }
}
