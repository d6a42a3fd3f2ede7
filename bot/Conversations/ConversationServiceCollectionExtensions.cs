using Microsoft.Extensions.DependencyInjection.Extensions;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Rendering;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The bot and what it needs to understand people and answer them on any channel.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<PlainTextRenderer>();
        services.AddSingleton<CardReplies>();
        services.AddScoped<ConversationReplies>();
        services.AddScoped<IReplyHook, CaseReplyHook>();
        services.AddScoped<MenuShown>();
        services.AddScoped<IReplyHook>(sp => sp.GetRequiredService<MenuShown>());
        services.AddScoped<PersonResolver>();
        services.AddScoped<EntraAccountLinker>();
        services.AddSingleton<FieldValueValidator>();
        services.AddSingleton<FormAnswerReader>();
        services.AddSingleton<FormPlan>();
        services.AddScoped<FormPrompts>();
        services.AddSingleton<FormReplies>();
        services.AddScoped<CaseViews>();
        services.AddScoped<FormSessions>();
        services.AddScoped<FormContexts>();
        services.AddScoped<FormSubmission>();
        services.AddScoped<FormFlow>();
        services.AddScoped<DraftReminders>();
        services.AddKeyedScoped<Core.Notifications.IOutboxHandler, DraftReminderHandler>(Core.Notifications.Reminders.DraftReminderPayload.Topic);
        services.AddScoped<FormScreen>();
        services.AddScoped<RowEditor>();
        services.AddScoped<CaseLookup>();
        services.AddScoped<CaseCards>();
        services.AddScoped<CaseActions>();
        services.AddScoped<CaseQueue>();
        services.AddScoped<CaseInvokes>();
        services.AddScoped<CaseCardTracker>();
        services.AddScoped<PendingCaseActions>();
        services.AddUnderstanding();
        services.AddScoped<ProcedureDates>();
        services.AddScoped<TextRouter>();
        services.AddScoped<TurnRecognition>();
        services.AddScoped<SystemEventAnswers>();
        services.AddSingleton<ProcedureRules>();
        services.AddOptions<Files.CaseFileOptions>().BindConfiguration(Files.CaseFileOptions.Section)
            .Validate(o => o.MaxFileBytes > 0 && o.LinkLifetime > TimeSpan.Zero, "Files:MaxFileBytes and Files:LinkLifetime must be positive.")
            .ValidateOnStart();
        // A Teams file link is fetched only where Teams keeps files: never follow a redirect elsewhere.
        services.AddHttpClient(nameof(Files.AttachmentReader)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddScoped<Files.AttachmentReader>();
        services.AddScoped<Files.CaseFileIntake>();
        services.AddSingleton<Files.CaseFileLinks>();
        services.AddScoped<GuestAnswers>();
        services.AddScoped<Linking.AccountLinkCodes>();
        services.AddScoped<Linking.PhoneLinks>();
        services.AddScoped<Linking.AccountLinks>();
        services.AddScoped<MainMenu>();
        services.AddScoped<Questions.AnswerSearch>();
        services.AddTurnPipeline();
        // A test may register its own bot first; otherwise this one answers.
        services.TryAddScoped<IBot, TthcBot>();
        return services;
    }
}
