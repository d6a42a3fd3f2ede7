namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>The steps of a turn in their order (<see cref="TurnPipeline"/>); the first that answers ends the turn.</summary>
public sealed record TurnSteps(IReadOnlyList<TurnStep> InOrder);
