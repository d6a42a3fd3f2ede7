using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>Checks the Zalo settings at start once the channel is on (Zalo:AppId set), naming each setting that is wrong.</summary>
public sealed class ZaloOptionsValidator : IValidateOptions<ZaloOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        void Require(string? value, string setting, string why)
        {
            if (string.IsNullOrWhiteSpace(value)) failures.Add($"Zalo:{setting} is required: {why}.");
        }

        Require(options.OaId, nameof(options.OaId), "the Official Account's id");
        Require(options.AppSecret, nameof(options.AppSecret), "the app's secret key, to renew the token pair");
        Require(options.OaSecretKey, nameof(options.OaSecretKey), "the OA secret key of the app's Webhook page, which signs the events");
        if (!ZaloTokenCipher.IsValidKey(options.TokenKey))
        {
            failures.Add("Zalo:TokenKey must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`): it encrypts the stored token pair.");
        }

        foreach (var (setting, url) in new[] { (nameof(options.OpenApiBase), options.OpenApiBase), (nameof(options.OAuthBase), options.OAuthBase) })
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)) failures.Add($"Zalo:{setting} must be an absolute http(s) URL.");
        }

        if (options.ButtonType is not (ZaloButtonTypes.QueryHide or ZaloButtonTypes.QueryShow))
        {
            failures.Add($"Zalo:ButtonType must be {ZaloButtonTypes.QueryHide} or {ZaloButtonTypes.QueryShow}.");
        }

        if (new[] { options.RefreshBefore, options.MaxEventAge, options.ClockSkew, options.EchoGrace, options.TakeoverPause, options.RateLimitBackoff }.Any(t => t < TimeSpan.Zero))
        {
            failures.Add("Zalo:RefreshBefore, MaxEventAge, ClockSkew, EchoGrace, TakeoverPause and RateLimitBackoff may not be negative.");
        }

        if (options.UploadLife <= TimeSpan.Zero || options.UploadLife >= TimeSpan.FromDays(7) || options.DisplayNameLife <= TimeSpan.Zero)
        {
            failures.Add("Zalo:UploadLife must be positive and under 7 days (Zalo forgets uploads after about 7); Zalo:DisplayNameLife positive.");
        }

        if (options.VerificationCode is { } code && !code.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add("Zalo:VerificationCode holds letters and digits only (the part of zalo_verifier<CODE>.html).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
