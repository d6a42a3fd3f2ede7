namespace InternalTthc.Core.Understanding;

public enum RecognitionKind
{
    /// <summary>A conversation command (<see cref="Recognition.Command"/>).</summary>
    Command,
    /// <summary>One procedure of the jurisdiction, maybe with its sub-case: start it.</summary>
    Procedure,
    /// <summary>Ask which is meant (<see cref="Recognition.Choices"/>): the middle band ("Ý bạn là …?"), or several procedures of one kind.</summary>
    Ambiguous,
    /// <summary>A question about one procedure's published facts (<see cref="Recognition.Topic"/>).</summary>
    InfoQuestion,
    /// <summary>A kind of request the person's catalog has no procedure for (<see cref="Recognition.Missing"/>); the closest it has are the choices.</summary>
    NotOffered,
    /// <summary>Not understood, or out of scope; the nearest procedures are the choices.</summary>
    Unknown,
}
