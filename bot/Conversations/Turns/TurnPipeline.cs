using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Conversations.Linking;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>The order in which <see cref="TthcBot"/> handles a turn, declared here only: the first step that answers ends the turn.</summary>
public static class TurnPipeline
{
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.AddScoped<ITurnStep, CardInvokeStep>();        // a Teams Universal Action, answered in the invoke response
        services.AddScoped<ITurnStep, OtherInvokeStep>();       // any other invoke: a short message, never an error
        services.AddScoped<ITurnStep, GreetingStep>();          // a welcome already given in this conversation is not given again
        services.AddScoped<ITurnStep, HumanTakeoverStep>();     // taken over outside the bot (the Zalo OA's own chat), linked or not
        services.AddScoped<ITurnStep, AccountLinkStep>();       // a link code, or the phone number the channel vouches for
        services.AddScoped<ITurnStep, GuestHandoffStep>();      // linked to nobody: a person asked for, and the talk with him
        services.AddScoped<ITurnStep, GuestStep>();             // a channel account linked to nobody
        services.AddScoped<ITurnStep, LanguageStep>();          // "English" / "Tiếng Việt": the person's language from now on
        services.AddScoped<ITurnStep, CardButtonStep>();        // a pressed button, to the handler of its action
        services.AddScoped<ITurnStep, HandoffRelayStep>();      // the conversation is with a person now
        services.AddScoped<ITurnStep, PendingCaseInputStep>();  // what a pressed case button asked for
        services.AddScoped<ITurnStep, OpenFormStep>();          // the open form's question answered
        services.AddScoped<ITurnStep, FreeTextStep>();          // typed words understood
        services.AddScoped<ITurnStep, MenuStep>();              // else the unfinished form to resume, and the menu

        // The buttons' handlers, tried in this order; an action none of them takes is the open form's.
        services.AddScoped<ICardButton, ProcedureButtons>();
        services.AddScoped<ICardButton, CaseButtons>();
        services.AddScoped<ICardButton, HelpButtons>();
        services.AddScoped<ICardButton, Questions.AnswerButtons>();
        services.AddScoped<ICardButton, Handoff.HandoffButtons>();
        services.AddScoped<FormButtons>();
        services.AddScoped<IHumanTakeover, StoredHumanTakeover>();
        services.AddScoped<TurnStates>();
        return services;
    }
}
