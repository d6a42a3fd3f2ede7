namespace InternalTthc.Core.Understanding.Training;

/// <summary>What the bot would do with one labelled message, judged against its label.</summary>
public enum KindOutcome
{
    /// <summary>Acted on the meant kind (high band), or asked with the meant kind among the choices, or left out-of-scope text alone.</summary>
    Right,
    /// <summary>High band on a kind of request that was not meant: a procedure would start wrongly.</summary>
    WrongStart,
    /// <summary>High band on a command or facts that were not meant.</summary>
    WrongAnswer,
    /// <summary>Middle band without the meant kind among the choices (or choices offered for out-of-scope text).</summary>
    WrongChoices,
    /// <summary>Low band or out of scope for a real request.</summary>
    NotUnderstood,
}
