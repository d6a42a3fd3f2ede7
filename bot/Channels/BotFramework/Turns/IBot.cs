namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>The conversation layer: handles one incoming activity per turn (SDK <c>IBot</c>).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
