namespace InternalTthc.Core.Credentials;

/// <summary>
/// The token pair a channel's API is called with (a Zalo Official Account's access and refresh tokens), kept in the
/// store so that every instance uses the same pair. The tokens are stored as the caller encrypted them.
/// </summary>
public sealed class ChannelCredential
{
    /// <summary>Which channel account the pair is for, e.g. "zalo:{oa id}".</summary>
    public required string Key { get; init; }

    public required string AccessToken { get; set; }

    /// <summary>Single use where the channel rotates it (Zalo): a pair refreshed but not saved loses the grant.</summary>
    public required string RefreshToken { get; set; }

    public required DateTimeOffset ExpiresAt { get; set; }

    public required DateTimeOffset RenewedAt { get; set; }

    /// <summary>Bumped by every renewal, for logs and for readers telling a pair from its successor.</summary>
    public int Version { get; set; }
}
