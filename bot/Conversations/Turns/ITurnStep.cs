namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>One job in the handling of a turn. The steps run in the order of <see cref="TurnPipeline"/> until one answers.</summary>
public interface ITurnStep
{
    /// <summary>
    /// Whether the turn can be this step's at all, from the activity and who writes alone (no store): a step that cannot be
    /// is not even made, nor its collaborators, which most turns would build for nothing (issue 14). Yes unless a step says.
    /// </summary>
    static virtual bool Concerns(Turn turn) => true;

    /// <summary>Handles the turn when it is this step's to handle; true when it answered and the turn is over.</summary>
    Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
