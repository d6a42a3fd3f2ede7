using Microsoft.Extensions.DependencyInjection.Extensions;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
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
        services.AddScoped<PersonResolver>();
        services.AddSingleton<FieldValueValidator>();
        services.AddSingleton<FormAnswerReader>();
        services.AddSingleton<FormPrompts>();
        services.AddSingleton<FormReplies>();
        services.AddSingleton<CaseViews>();
        services.AddScoped<FormSessions>();
        services.AddScoped<FormContexts>();
        services.AddScoped<FormSubmission>();
        services.AddScoped<FormFlow>();
        services.AddScoped<CaseLookup>();
        services.AddScoped<CaseCards>();
        services.AddScoped<CaseActions>();
        services.AddScoped<CaseQueue>();
        services.AddScoped<CaseInvokes>();
        services.AddScoped<CaseCardTracker>();
        services.AddScoped<PendingCaseActions>();
        services.AddUnderstanding();
        services.AddSingleton<ProcedureDates>();
        services.AddScoped<TextRouter>();
        services.AddSingleton<ProcedureRules>();
        services.AddHttpClient(nameof(Files.AttachmentReader));
        services.AddScoped<Files.AttachmentReader>();
        services.AddSingleton<GuestAnswers>();
        // A test may register its own bot first; otherwise this one answers.
        services.TryAddScoped<IBot, TthcBot>();
        return services;
    }
}
