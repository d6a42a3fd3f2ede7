using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>Encrypts the stored tokens with AES-GCM under Zalo:TokenKey, so a copy of the database does not hold a usable grant.</summary>
public sealed class ZaloTokenCipher(IOptions<ZaloOptions> options)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Protect(string token)
    {
        var plain = Encoding.UTF8.GetBytes(token);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(), TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The token; throws <see cref="CryptographicException"/> when it was sealed under another key or altered.</summary>
    public string Unprotect(string stored)
    {
        var sealedBytes = Convert.FromBase64String(stored);
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("The stored Zalo token is not one this service sealed.");
        }

        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(Key(), TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Whether a Zalo:TokenKey is 32 bytes of base64 (checked at start).</summary>
    public static bool IsValidKey(string? key)
    {
        var bytes = new byte[32];
        return key is not null && Convert.TryFromBase64String(key, bytes, out var written) && written == 32;
    }

    private byte[] Key() => Convert.FromBase64String(options.Value.TokenKey ?? throw new InvalidOperationException("Zalo:TokenKey is not set."));
}
