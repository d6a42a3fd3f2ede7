namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A step of <see cref="TurnPipeline"/> as the bot runs it: whether a turn concerns it, and the step made in the turn's scope
/// (a new one each turn) when it does.
/// </summary>
public sealed record TurnStep(Func<Turn, bool> Concerns, Func<IServiceProvider, ITurnStep> Make)
{
    public static TurnStep Of<TStep>() where TStep : class, ITurnStep =>
        new(TStep.Concerns, services => services.GetRequiredService<TStep>());
}
