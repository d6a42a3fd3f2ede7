using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// One turn as the steps see it: the activity, the person writing (resolved once; null for a channel account linked
/// to nobody), what the channel can do, and the reply to answer with.
/// </summary>
public sealed class Turn(ITurnContext context, PersonRoles? person, ChannelCapabilities channel, ConversationReply reply)
{
    public ITurnContext Context => context;
    public Activity Activity => context.Activity;
    public PersonRoles? Person => person;
    public ChannelCapabilities Channel => channel;
    public ConversationReply Reply => reply;

    /// <summary>Someone joined the conversation, or installed the app into it: nothing was typed, the menu greets him.</summary>
    public bool Joined => IsJoin(Activity);

    /// <summary>Teams' Universal Action (<c>adaptiveCard/action</c>), answered in the invoke response.</summary>
    public bool IsCardInvoke => IsCardInvokeActivity(Activity);

    /// <summary>The action of a pressed button (a card's submit, a text channel's choice); null for typed words.</summary>
    public string? Action => CardData.Text(Activity.Value, CardData.ActionKey);

    /// <summary>
    /// Whether the bot answers the activity at all: a message, someone joining, any invoke (Teams shows an unanswered
    /// one as an error), a hand-off asked for.
    /// </summary>
    public static bool Answers(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || IsJoin(activity) || activity.IsType(ActivityTypes.Invoke) || IsHandoffInitiate(activity);

    /// <summary>The Bot Framework's <c>handoff.initiate</c> event: the client asks for a person (our service is the hub).</summary>
    public static bool IsHandoffInitiate(Activity activity) =>
        activity.IsType(ActivityTypes.Event) && activity.Name == Handoff.HandoffEvents.Initiate;

    /// <summary>
    /// Members added (Teams adds only the bot when the app is installed into a chat or team), or the app installed
    /// (<c>installationUpdate</c> "add"; an upgrade or removal is no welcome).
    /// </summary>
    private static bool IsJoin(Activity activity) =>
        (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 })
        || (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action == "add");

    private static bool IsCardInvokeActivity(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeNames.AdaptiveCardAction;
}
