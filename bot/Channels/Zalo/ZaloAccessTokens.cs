using InternalTthc.Core.Credentials;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// The OA's access token, shared by every instance through the store: refreshed before it runs out, or once after Zalo
/// rejected it, by one instance at a time under the credential's lock; inside the lock the pair is read again, so an
/// instance that waited uses the pair another one just saved instead of spending its single-use refresh token again.
/// </summary>
public sealed class ZaloAccessTokens(
    IChannelCredentials credentials, ZaloOAuthClient oauth, ZaloTokenCipher cipher, IOptions<ZaloOptions> options, TimeProvider clock,
    ILogger<ZaloAccessTokens> logger)
{
    private string Key => $"zalo:{options.Value.OaId}";

    /// <summary>A token to call the OA API with, refreshed first when it is about to run out.</summary>
    public async Task<string> GetAsync(CancellationToken ct)
    {
        var stored = await credentials.FindAsync(Key, ct) ?? throw Missing();
        if (stored.ExpiresAt - options.Value.RefreshBefore > clock.GetUtcNow())
        {
            return cipher.Unprotect(stored.AccessToken);
        }

        var renewed = await credentials.RenewAsync(Key, (current, token) =>
            current is not null && current.ExpiresAt - options.Value.RefreshBefore > clock.GetUtcNow() ? Kept() : RefreshAsync(current, token), ct);
        return cipher.Unprotect((renewed ?? throw Missing()).AccessToken);
    }

    /// <summary>After Zalo rejected <paramref name="rejected"/>: a fresh token, refreshed here unless another caller already did.</summary>
    public async Task<string> RenewRejectedAsync(string rejected, CancellationToken ct)
    {
        var renewed = await credentials.RenewAsync(Key, (current, token) =>
            current is not null && cipher.Unprotect(current.AccessToken) != rejected ? Kept() : RefreshAsync(current, token), ct);
        return cipher.Unprotect((renewed ?? throw Missing()).AccessToken);
    }

    /// <summary>Stores a pair obtained outside the service (the console's API Explorer) or from the consent callback.</summary>
    public Task SetAsync(ZaloTokenPair pair, CancellationToken ct) =>
        credentials.RenewAsync(Key, (_, _) => Task.FromResult<ChannelCredential?>(Seal(pair)), ct);

    /// <summary>When the stored access token runs out; null when none is stored.</summary>
    public async Task<DateTimeOffset?> ExpiresAtAsync(CancellationToken ct) => (await credentials.FindAsync(Key, ct))?.ExpiresAt;

    private static Task<ChannelCredential?> Kept() => Task.FromResult<ChannelCredential?>(null);

    private async Task<ChannelCredential?> RefreshAsync(ChannelCredential? current, CancellationToken ct)
    {
        if (current is null) throw Missing();
        try
        {
            var pair = await oauth.RefreshAsync(cipher.Unprotect(current.RefreshToken), ct);
            logger.LogInformation("Zalo token pair renewed (version {Version}); the access token lives {Lifetime}.", current.Version + 1, pair.ExpiresIn);
            return Seal(pair);
        }
        catch (ZaloApiException e)
        {
            // Without a refresh token that works, nothing goes out on Zalo until an administrator stores a new pair.
            logger.LogCritical("Zalo token pair could not be renewed: {Reason}. Store a new pair (README, Zalo).", e.Message);
            throw;
        }
    }

    private ChannelCredential Seal(ZaloTokenPair pair)
    {
        var now = clock.GetUtcNow();
        return new ChannelCredential
        {
            Key = Key, AccessToken = cipher.Protect(pair.AccessToken), RefreshToken = cipher.Protect(pair.RefreshToken),
            ExpiresAt = now + pair.ExpiresIn, RenewedAt = now,
        };
    }

    private static ZaloApiException Missing() =>
        new(ZaloApiException.Transport, "No Zalo token pair is stored: run `zalo token` or `zalo consent` (README, Zalo).") { Permanent = true };
}
