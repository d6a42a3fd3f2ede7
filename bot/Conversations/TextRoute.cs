namespace InternalTthc.Bot.Conversations;

/// <summary>What <see cref="TextRouter"/> made of typed words.</summary>
public enum TextRoute
{
    /// <summary>Answered.</summary>
    Answered,
    /// <summary>A menu, greeting or "back": the menu answers.</summary>
    Menu,
    /// <summary>Not understood: help was shown (with "Gặp cán bộ"), the menu follows.</summary>
    NotUnderstood,
    /// <summary>He asks for a person.</summary>
    Human,
    /// <summary>A critical incident was reported and its form started: a person is called too.</summary>
    CriticalIncident,
}
