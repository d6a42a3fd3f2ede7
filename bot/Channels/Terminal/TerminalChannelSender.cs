using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.Terminal;

/// <summary>Prints the bot's messages in the terminal and keeps the last numbered choices for the next answer.</summary>
public sealed class TerminalChannelSender(TextWriter output) : IChannelSender
{
    private int _sent;

    public IReadOnlyList<CardAction> Choices { get; private set; } = [];

    public bool Carries(string? channelId) => channelId == TerminalChat.ChannelId;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Message))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(activity.Text ?? activity.Summary ?? "");
            Choices = activity.SuggestedActions?.Actions ?? [];
        }

        return new ResourceResponse($"terminal-{++_sent}");
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
