using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Conversations.Linking;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>The order in which <see cref="TthcBot"/> handles a turn, declared here only: the first step that answers ends the turn.</summary>
public static class TurnPipeline
{
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.AddSingleton(new TurnSteps(
        [
            Step<CardInvokeStep>(services),        // a Teams Universal Action, answered in the invoke response
            Step<OtherInvokeStep>(services),       // any other invoke: a short message, never an error
            Step<GreetingStep>(services),          // a welcome already given in this conversation is not given again
            Step<HumanTakeoverStep>(services),     // taken over outside the bot (the Zalo OA's own chat), linked or not
            Step<AccountLinkStep>(services),       // a link code, or the phone number the channel vouches for
            Step<GuestHandoffStep>(services),      // linked to nobody: a person asked for, and the talk with him
            Step<GuestStep>(services),             // a channel account linked to nobody
            Step<LanguageStep>(services),          // "English" / "Tiếng Việt": the person's language from now on
            Step<CardButtonStep>(services),        // a pressed button, to the handler of its action
            Step<HandoffRelayStep>(services),      // the conversation is with a person now
            Step<PendingCaseInputStep>(services),  // what a pressed case button asked for
            Step<OpenFormStep>(services),          // the open form's question answered
            Step<FreeTextStep>(services),          // typed words understood
            Step<MenuStep>(services),              // else the unfinished form to resume, and the menu
        ]));

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

    // Scoped: a step is made for one turn, with that turn's collaborators, never shared with another.
    private static TurnStep Step<TStep>(IServiceCollection services) where TStep : class, ITurnStep
    {
        services.AddScoped<TStep>();
        return TurnStep.Of<TStep>();
    }
}
