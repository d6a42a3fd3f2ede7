namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>Why a token was not accepted.</summary>
public enum TokenFailure
{
    None,
    Missing,
    Invalid,
    Expired,
}
