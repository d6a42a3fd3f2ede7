namespace InternalTthc.Bot.Conversations.Forms;

public enum FormStage
{
    ChoosingSubCase,
    /// <summary>The form card is out (card channels).</summary>
    Filling,
    /// <summary>One field is asked at a time (every field on text channels, files everywhere).</summary>
    Asking,
    Reviewing,
    /// <summary>Claimed by a confirm press; the case is being written.</summary>
    Submitting,
    Submitted,
}
