namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// One consultation message (<c>/v3.0/oa/message/cs</c>): text with up to the channel's buttons, a picture or a file
/// (uploaded first), or the form asking the person to share his phone number. Kept as JSON in an outbox row until sent.
/// </summary>
public sealed record ZaloMessage
{
    /// <summary>At most <see cref="MaxTextLength"/> characters, in NFC.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<ZaloButton> Buttons { get; init; } = [];

    public StoredFileRef? File { get; init; }

    /// <summary>The request-user-info form, with <see cref="Text"/> as its title and <see cref="Subtitle"/> under it.</summary>
    public bool AsksForPhone { get; init; }

    public string? Subtitle { get; init; }

    public const int MaxTextLength = 2000;
    public const int MaxButtonTitle = 100;
    public const int MaxQueryPayload = 1000;

    /// <summary>Zalo takes pictures as images (jpg, png) and other files as documents.</summary>
    public static bool IsImage(StoredFileRef file) => file.ContentType is "image/jpeg" or "image/png";
}
