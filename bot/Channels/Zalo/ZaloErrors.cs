namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>What each OA API error code means for a message (../shared/docs/zalo-oa.md §2.5, wording of the codes approximate).</summary>
public static class ZaloErrors
{
    /// <param name="backoff">How long to wait after a rate or quota limit (Zalo:RateLimitBackoff).</param>
    public static ZaloApiException For(int code, string? message, TimeSpan backoff)
    {
        var detail = $"Zalo error {code}: {Describe(code)}{(string.IsNullOrWhiteSpace(message) ? "" : $" ({Clip(message)})")}";
        return code switch
        {
            ZaloApiException.OutsideWindow => new(code, detail) { AwaitsContact = true },
            // The app or OA called too often, or the OA's quota is spent: wait, never hammer.
            -32 or -211 => new(code, detail) { RetryAfter = backoff },
            // Not a follower, blocked the OA, banned or inactive: nothing can reach him here.
            -213 or -217 or -227 => new(code, detail) { BlockedReason = $"zalo{code}" },
            -100 or -201 or -209 or -210 or -212 or -221 or -223 or -224 or -233 or -234 or -240 or -242 => new(code, detail) { Permanent = true },
            _ => new(code, detail),
        };
    }

    private static string Describe(int code) => code switch
    {
        -216 or -220 => "access token invalid or expired",
        -230 => "the user has not interacted with the OA in the last 7 days",
        -32 => "over the call rate",
        -211 => "out of quota",
        -213 => "the user does not follow the OA",
        -217 => "the user blocked the OA",
        -227 => "the user is banned or inactive",
        -201 => "invalid parameter",
        -210 => "parameter over its limit",
        -209 or -212 => "app not active or API not registered",
        -221 or -223 or -224 => "OA not verified, not authorised or tier too low",
        -233 => "message type not supported",
        -234 => "not allowed at this hour",
        -240 => "v2 message API shut down",
        -242 => "wrong appsecret_proof",
        -100 => "attachment expired",
        _ => "unknown code",
    };

    private static string Clip(string text) => text.Length <= 120 ? text : text[..120];
}
