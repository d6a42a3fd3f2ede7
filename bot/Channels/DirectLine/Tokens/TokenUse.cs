namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>What a token may be used for: the REST calls, or only opening the WebSocket named in a streamUrl.</summary>
public enum TokenUse
{
    Api,
    Stream,
}
