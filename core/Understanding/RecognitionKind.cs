namespace InternalTthc.Core.Understanding;

public enum RecognitionKind
{
    /// <summary>A conversation command (<see cref="Recognition.Command"/>).</summary>
    Command,
    /// <summary>One procedure of the jurisdiction, maybe with its sub-case.</summary>
    Procedure,
    /// <summary>Two or more procedures score close: ask with buttons (<see cref="Recognition.Candidates"/>, best first).</summary>
    Ambiguous,
    /// <summary>A question about one procedure's published facts (<see cref="Recognition.Topic"/>).</summary>
    InfoQuestion,
    Unknown,
}
