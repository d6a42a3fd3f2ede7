using System.Collections.Frozen;

namespace InternalTthc.Bot.Channels;

/// <summary>
/// The stored files a channel sends as files of its own rather than as links: their kinds, each with the largest size the
/// channel takes. A file outside them stays a link, and the text says why.
/// </summary>
public sealed record FileDelivery
{
    private readonly FrozenDictionary<string, long> _maxBytes;

    public FileDelivery(IReadOnlyDictionary<string, long> maxBytesByContentType) =>
        _maxBytes = maxBytesByContentType.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Links only.</summary>
    public static FileDelivery None { get; } = new(new Dictionary<string, long>());

    /// <summary>Whether the channel sends any file itself.</summary>
    public bool Any => _maxBytes.Count > 0;

    public bool Delivers(string contentType, long size) => _maxBytes.TryGetValue(contentType, out var max) && size > 0 && size <= max;
}
