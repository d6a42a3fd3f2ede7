using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>The outbox, the handlers that send people their messages and keep shown case cards current, and (unless disabled) the background dispatcher.</summary>
    public static IServiceCollection AddTthcNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new();
        if ((options.RateProblem() ?? options.SendClaimProblem()) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        services.AddNotifications(options, configuration.GetSection(AnnouncementOptions.Section).Get<AnnouncementOptions>());
        services.AddScoped<NotificationCards>();
        services.AddScoped<ShownCardDrawer>();
        services.AddTransient<ConversationCalls>();
        services.AddScoped<CaseChangeMessages>();
        services.AddSingleton<CaseDeliveryNotes>();
        services.AddScoped<PersonalDelivery>();
        services.AddKeyedScoped<IOutboxHandler, NotificationDeliverer>(NotificationPayload.Topic);
        // The handler of CaseCardsPayload.Topic is the hand-off's ConsoleCaseSignals, which runs this first.
        services.AddScoped<CaseCardUpdater>();
        services.AddScoped<IReplyKeeper, OutboxReplyKeeper>();
        services.AddKeyedScoped<IOutboxHandler, KeptReplyHandler>(OutboxReplyKeeper.Topic);
        if (options.Enabled)
        {
            services.AddHostedService<OutboxDispatcherService>();
        }

        return services;
    }
}
