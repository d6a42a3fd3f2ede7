using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// A bot for protocol tests: records every turn; answers a message with its text and channelData; answers the
/// <c>adaptiveCard/action</c> invoke with a replacement card; leaves other invokes unhandled; fails on "fail".
/// </summary>
public sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<ITurnContext> _turns = new();

    public IReadOnlyList<ITurnContext> Turns => _turns.ToArray();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turnContext);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            if (activity.Text == "fail")
            {
                throw new InvalidOperationException("The bot failed on purpose.");
            }

            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypes.Message, Text = activity.Text, ChannelData = activity.ChannelData },
                cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeNames.AdaptiveCardAction)
        {
            var verb = activity.Value?.GetProperty("action").GetProperty("verb").GetString();
            turnContext.InvokeResponse = InvokeResponse.FromBody(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = Attachment.AdaptiveCardContentType,
                ["value"] = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"done: {verb}" }),
                },
            });
        }
    }
}
