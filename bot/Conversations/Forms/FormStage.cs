namespace InternalTthc.Bot.Conversations.Forms;

public enum FormStage
{
    ChoosingSubCase,
    /// <summary>The form card is out (card channels).</summary>
    Filling,
    /// <summary>One field is asked at a time (every field on text channels, files everywhere).</summary>
    Asking,
    Reviewing,
    /// <summary>
    /// Claimed by a confirm press of an earlier version, which wrote the case after the claim; now the case and
    /// <see cref="Submitted"/> commit together. A session left here is filed by its next press, which finds the case.
    /// </summary>
    Submitting,
    Submitted,
}
