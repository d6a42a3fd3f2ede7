namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>One job in the handling of a turn. The steps run in the order of <see cref="TurnPipeline"/> until one answers.</summary>
public interface ITurnStep
{
    /// <summary>Handles the turn when it is this step's to handle; true when it answered and the turn is over.</summary>
    Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
