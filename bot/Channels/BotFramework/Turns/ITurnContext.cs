using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>
/// One turn of a conversation (SDK <c>ITurnContext</c>): the incoming activity and the ways to answer it.
/// Outgoing activities are addressed from the incoming one; send a <c>typing</c> activity to show typing.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Per-turn values shared by the pieces that handle the turn.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once the bot has sent something in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an <c>invoke</c>; left null, the endpoint answers 501.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Sends a plain message, accepting input, like the SDK's text overload.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken);

    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces the activity whose id is <c>activity.Id</c> (a card updated in place).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}
