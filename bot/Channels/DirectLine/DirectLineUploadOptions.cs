namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>What may be attached to a message (the "DirectLine:Upload" section); the files go to the file store.</summary>
public sealed record DirectLineUploadOptions
{
    /// <summary>Largest accepted file.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>At most this many files in one message.</summary>
    public int MaxFiles { get; init; } = 5;

    /// <summary>Declared content types accepted; anything else is refused with 415.</summary>
    public IReadOnlyList<string> AllowedContentTypes { get; init; } =
    [
        "image/png", "image/jpeg", "image/gif", "application/pdf", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];

    public bool Allows(string? contentType) =>
        contentType is not null && AllowedContentTypes.Contains(contentType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);
}
