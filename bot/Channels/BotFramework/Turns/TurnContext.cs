using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>The turn context handed to <see cref="IBot"/>; outgoing activities go through one <see cref="IChannelSender"/>.</summary>
public sealed class TurnContext(Activity activity, IChannelSender sender) : ITurnContext
{
    /// <summary>TurnState key of the authenticated caller's <c>ClaimsIdentity</c> (the SDK's name).</summary>
    public const string BotIdentityKey = "BotIdentity";

    private readonly ConversationReference _reference = activity.GetConversationReference();

    public Activity Activity { get; } = activity;
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    public bool Responded { get; private set; }
    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        (await SendActivitiesAsync([activity], cancellationToken))[0];

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = text, InputHint = InputHints.AcceptingInput },
            cancellationToken);

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var outgoing in activities)
        {
            // Channels other than the Emulator do not show trace activities; the SDK drops them too.
            if (outgoing.IsType(ActivityTypes.Trace) && Activity.ChannelId != ChannelIds.Emulator)
            {
                responses.Add(new ResourceResponse(null));
                continue;
            }

            // Bots must not set ids on what they send (A2031).
            var addressed = outgoing.ApplyConversationReference(_reference) with { Id = null };
            responses.Add(await sender.SendAsync(addressed, cancellationToken));
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("The activity to update needs the id of the activity it replaces.", nameof(activity));
        }

        return sender.UpdateAsync(activity.ApplyConversationReference(_reference), cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return sender.DeleteAsync(_reference, activityId, cancellationToken);
    }
}
