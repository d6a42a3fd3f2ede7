namespace InternalTthc.Core.Understanding;

/// <summary>What a person can ask of the conversation itself, besides a procedure.</summary>
public enum CommandKind
{
    Cancel,
    Back,
    Help,
    /// <summary>The cases of the person or of the unit.</summary>
    MyCases,
    /// <summary>An agent's queue: the cases his executing unit must handle.</summary>
    Queue,
    /// <summary>One case by its code (<see cref="Recognition.CaseCode"/>; null when the person has not typed it yet).</summary>
    LookUp,
    /// <summary>Hand the conversation to a human agent.</summary>
    Human,
    Menu,
    Greeting,
    /// <summary>Go on with the unfinished form (the answer to "Tiếp tục?").</summary>
    Resume,
    /// <summary>Search the published answers of the question-and-answer section (<see cref="Recognition.SearchText"/>: the words typed after it).</summary>
    SearchAnswers,
}
