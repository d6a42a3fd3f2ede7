using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Channels.BotFramework;

/// <summary>Placeholder bot until the conversation layer exists: answers a message with its own text.</summary>
public sealed class EchoBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.IsType(ActivityTypes.Message) && !string.IsNullOrEmpty(turnContext.Activity.Text))
        {
            await turnContext.SendActivityAsync(turnContext.Activity.Text, cancellationToken);
        }
    }
}
