namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>What may be attached to a message (the "DirectLine:Upload" section); the files go to the file store.</summary>
public sealed record DirectLineUploadOptions
{
    /// <summary>Largest accepted file.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>At most this many files in one message.</summary>
    public int MaxFiles { get; init; } = 5;

    /// <summary>The types accepted when <see cref="AllowedContentTypes"/> is not set.</summary>
    public static IReadOnlyList<string> DefaultContentTypes { get; } =
    [
        "image/png", "image/jpeg", "image/gif", "application/pdf", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        // The rest of the files a case may keep (Files:AllowedExtensions); browsers name zip files either way.
        "application/msword", "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet", "application/zip", "application/x-zip-compressed",
    ];

    /// <summary>
    /// Declared content types accepted; anything else is refused with 415. Empty by default because the
    /// configuration binder adds to a list it finds filled, so a configured list could never narrow the defaults.
    /// </summary>
    public IReadOnlyList<string> AllowedContentTypes { get; init; } = [];

    public IReadOnlyList<string> EffectiveContentTypes => AllowedContentTypes.Count > 0 ? AllowedContentTypes : DefaultContentTypes;

    public bool Allows(string? contentType) =>
        contentType is not null && EffectiveContentTypes.Contains(contentType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);
}
