namespace InternalTthc.Core.Understanding;

/// <summary>How sure the bot is of what a message asks: act on it, ask "Ý bạn là …?", or say it did not understand.</summary>
public enum ConfidenceBand
{
    Low,
    Middle,
    High,
}
