namespace InternalTthc.Core.Handoff;

/// <summary>Why the conversation was handed to a person.</summary>
public enum HandoffReason
{
    /// <summary>He asked in words ("gặp cán bộ").</summary>
    Asked,
    /// <summary>He pressed "Gặp cán bộ" on a card.</summary>
    Button,
    /// <summary>The bot did not understand him twice in a row.</summary>
    NotUnderstood,
    /// <summary>He reported a critical incident.</summary>
    CriticalIncident,
    /// <summary>A client sent the Bot Framework's <c>handoff.initiate</c> event.</summary>
    Protocol,
    /// <summary>An agent took the conversation over from the console, unasked.</summary>
    AgentTookOver,
}
