namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>An OA API call Zalo answered with an error code (in a 200 answer, as Zalo does), or that did not get through.</summary>
public sealed class ZaloApiException(int code, string message, Exception? inner = null) : ChannelDeliveryException(message, inner)
{
    /// <summary>The access token was rejected (invalid or expired): refresh it once and try once more.</summary>
    public const int TokenInvalid = -216;
    public const int TokenExpired = -220;

    /// <summary>The user has not interacted with the OA in the last 7 days.</summary>
    public const int OutsideWindow = -230;

    /// <summary>An upload id Zalo no longer knows: upload the file again.</summary>
    public const int AttachmentExpired = -100;

    /// <summary>Not Zalo's: the call did not get an answer Zalo's way (network, HTTP status, unreadable body).</summary>
    public const int Transport = 0;

    /// <summary>Zalo's error code (negative), or <see cref="Transport"/>.</summary>
    public int Code { get; } = code;

    public bool TokenRejected => Code is TokenInvalid or TokenExpired;
}
