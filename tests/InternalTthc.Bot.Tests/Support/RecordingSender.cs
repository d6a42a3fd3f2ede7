using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>A channel that keeps what the bot sends, with cards updated in place as Teams and Direct Line do.</summary>
public sealed class RecordingSender : IChannelSender
{
    private readonly List<Activity> _sent = [];

    public IReadOnlyList<Activity> Sent => _sent;

    public bool Carries(string? channelId) => true;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var sent = activity with { Id = $"sent-{_sent.Count + 1}" };
        _sent.Add(sent);
        return Task.FromResult(new ResourceResponse(sent.Id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var index = _sent.FindIndex(a => a.Id == activity.Id);
        if (index < 0) throw new InvalidOperationException($"No activity {activity.Id} to update.");
        _sent[index] = activity;
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        _sent.RemoveAll(a => a.Id == activityId);
        return Task.CompletedTask;
    }
}
