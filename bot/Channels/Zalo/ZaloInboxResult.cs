namespace InternalTthc.Bot.Channels.Zalo;

public enum ZaloInboxResult
{
    /// <summary>A new event, kept for processing.</summary>
    Kept,

    /// <summary>The same event again, byte for byte (Zalo retrying after a lost answer): not processed twice.</summary>
    Redelivered,

    /// <summary>An event id already kept, with other content: not Zalo's retry.</summary>
    Replayed,
}
