using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL: fetched on first use, kept for a refresh interval, and fetched
/// again when a token names an unknown key id, but not more often than the refresh floor.
/// </summary>
public sealed class OpenIdSigningKeyCache(
    string metadataUrl, HttpClient http, TimeProvider time, TimeSpan refreshInterval, TimeSpan refreshFloor, ILogger logger)
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private KeySet? _keys;

    /// <summary>The key with id <paramref name="keyId"/>, or null if the issuer does not publish it even after a refresh.</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await CurrentAsync(cancellationToken);
        if (keys.ById.TryGetValue(keyId, out var key))
        {
            return key;
        }

        // Keys roll over: an unknown id is a reason to look again, within the floor.
        keys = await RefreshAsync(known => time.GetUtcNow() - known.FetchedAt >= refreshFloor, cancellationToken);
        return keys.ById.GetValueOrDefault(keyId);
    }

    private async Task<KeySet> CurrentAsync(CancellationToken cancellationToken)
    {
        var keys = _keys;
        return keys is not null && time.GetUtcNow() - keys.FetchedAt < refreshInterval
            ? keys
            : await RefreshAsync(known => time.GetUtcNow() - known.FetchedAt >= refreshInterval, cancellationToken);
    }

    private async Task<KeySet> RefreshAsync(Func<KeySet, bool> isStale, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_keys is { } known && !isStale(known))
            {
                return known;
            }

            try
            {
                _keys = await FetchAsync(cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or ArgumentException && _keys is not null)
            {
                // Keep serving the keys we have rather than failing every request while the issuer is down.
                logger.LogWarning(e, "Could not refresh signing keys from {MetadataUrl}; keeping the cached ones.", metadataUrl);
                _keys = _keys with { FetchedAt = time.GetUtcNow() };
            }

            return _keys;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<KeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwks = await http.GetStringAsync(metadata.JwksUri, cancellationToken);
        var endorsements = ReadEndorsements(jwks);
        var keys = new JsonWebKeySet(jwks).Keys
            .Where(key => !string.IsNullOrEmpty(key.Kid))
            .ToDictionary(key => key.Kid, key => new SigningKey(key, endorsements.GetValueOrDefault(key.Kid, [])), StringComparer.Ordinal);
        logger.LogInformation("Fetched {Count} signing keys from {MetadataUrl}.", keys.Count, metadataUrl);
        return new KeySet(keys, time.GetUtcNow());
    }

    private static Dictionary<string, string[]> ReadEndorsements(string jwks)
    {
        using var document = JsonDocument.Parse(jwks);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToArray();
            }
        }

        return result;
    }

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> ById, DateTimeOffset FetchedAt);
}
