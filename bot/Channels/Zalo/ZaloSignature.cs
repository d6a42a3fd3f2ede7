using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Checks <c>X-ZEvent-Signature</c>: lowercase hex of plain SHA-256 (not HMAC) over first id + raw body + timestamp + key,
/// as Zalo's Java SDK <c>MacUtils.buildMac</c> computes it; an optional "mac=" prefix and the case of the hex are ignored,
/// and the comparison takes the same time whatever matches.
/// </summary>
public sealed class ZaloSignature(IOptions<ZaloOptions> options)
{
    private const string MacPrefix = "mac=";

    /// <summary>The variant that made the header's signature; null when none of those allowed did.</summary>
    public ZaloSignatureVariant? Match(ReadOnlySpan<byte> rawBody, string timestamp, string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || Hex(header) is not { } given)
        {
            return null;
        }

        ZaloSignatureVariant? matched = null;
        foreach (var variant in Allowed(options.Value.Signature))
        {
            // Every allowed variant is computed and compared, so the time taken says nothing about which one came close.
            if (Compute(variant, rawBody, timestamp) is { } expected && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                matched ??= variant;
            }
        }

        return matched;
    }

    /// <summary>The signature of <paramref name="rawBody"/> as Zalo would send it (lowercase hex); for tests and the webhook driver.</summary>
    public static string Sign(string firstId, ReadOnlySpan<byte> rawBody, string timestamp, string key)
    {
        var data = Concat(firstId, rawBody, timestamp, key);
        return Convert.ToHexStringLower(SHA256.HashData(data));
    }

    private byte[]? Compute(ZaloSignatureVariant variant, ReadOnlySpan<byte> rawBody, string timestamp)
    {
        var o = options.Value;
        var (id, key) = variant switch
        {
            ZaloSignatureVariant.AppIdOaSecret => (o.AppId, o.OaSecretKey),
            ZaloSignatureVariant.OaIdOaSecret => (o.OaId, o.OaSecretKey),
            ZaloSignatureVariant.AppIdAppSecret => (o.AppId, o.AppSecret),
            _ => (o.OaId, o.AppSecret),
        };
        return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(key) ? null : SHA256.HashData(Concat(id, rawBody, timestamp, key));
    }

    private static IEnumerable<ZaloSignatureVariant> Allowed(ZaloSignatureVariant configured) => configured == ZaloSignatureVariant.Detect
        ? [ZaloSignatureVariant.AppIdOaSecret, ZaloSignatureVariant.OaIdOaSecret, ZaloSignatureVariant.AppIdAppSecret, ZaloSignatureVariant.OaIdAppSecret]
        : [configured];

    private static byte[] Concat(string firstId, ReadOnlySpan<byte> rawBody, string timestamp, string key)
    {
        var head = Encoding.UTF8.GetBytes(firstId);
        var tail = Encoding.UTF8.GetBytes(timestamp + key);
        var data = new byte[head.Length + rawBody.Length + tail.Length];
        head.CopyTo(data, 0);
        rawBody.CopyTo(data.AsSpan(head.Length));
        tail.CopyTo(data, head.Length + rawBody.Length);
        return data;
    }

    /// <summary>The 32 bytes the header's hex names; null when it is not 64 hex digits (after an optional "mac=").</summary>
    private static byte[]? Hex(string header)
    {
        var hex = header.Trim();
        hex = hex.StartsWith(MacPrefix, StringComparison.OrdinalIgnoreCase) ? hex[MacPrefix.Length..] : hex;
        if (hex.Length != 64)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
