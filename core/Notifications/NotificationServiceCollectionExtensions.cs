using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using InternalTthc.Core.Notifications.Reminders;
using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>The outbox dispatcher and the handler that turns case changes into messages; channels add the handler that sends them.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, OutboxOptions options, AnnouncementOptions? announcements = null)
    {
        services.AddSingleton(announcements ?? new AnnouncementOptions());
        services.AddScoped<AnnouncementService>();
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<SendRateLimiter>();
        services.AddScoped<SendClaims>();
        services.AddScoped<CaseAudience>();
        services.AddKeyedScoped<IOutboxHandler, CaseEventNotifier>(OutboxMessage.CaseEventTopic);
        services.AddSingleton<ReminderPlanner>();
        services.TryAddSingleton<Cases.RequesterDeadlines>();
        services.AddScoped<DraftReminderPlanner>();
        services.AddScoped<YearlyReminders>();
        services.AddKeyedScoped<IOutboxHandler, CaseReminderHandler>(ReminderPayload.Topic);
        services.AddScoped<DutyPlanner>();
        services.AddKeyedScoped<IOutboxHandler, DutyReminderHandler>(DutyReminderPayload.Topic);
        return services;
    }
}
