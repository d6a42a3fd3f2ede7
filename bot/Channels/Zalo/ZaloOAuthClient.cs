using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Zalo's OAuth v4 token endpoint for an OA: <c>POST {OAuthBase}v4/oa/access_token</c>, form-encoded, the app secret in
/// the <c>secret_key</c> header; the same call exchanges a consent code and a refresh token (each refresh token once).
/// </summary>
public sealed class ZaloOAuthClient(HttpClient http, IOptions<ZaloOptions> options)
{
    public Task<ZaloTokenPair> RefreshAsync(string refreshToken, CancellationToken ct) =>
        RequestAsync([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], ct);

    /// <summary>Exchanges the code of the consent callback, with the PKCE verifier its challenge was made from.</summary>
    public Task<ZaloTokenPair> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken ct) =>
        RequestAsync([new("grant_type", "authorization_code"), new("code", code), new("code_verifier", codeVerifier)], ct);

    private async Task<ZaloTokenPair> RequestAsync(KeyValuePair<string, string>[] fields, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.OAuth("v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent([new("app_id", o.AppId ?? ""), .. fields]),
        };
        request.Headers.Add("secret_key", o.AppSecret ?? "");
        JsonElement body;
        try
        {
            using var response = await http.SendAsync(request, ct);
            body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new ZaloApiException(ZaloApiException.Transport, $"Zalo token endpoint answered HTTP {(int)response.StatusCode}.");
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new ZaloApiException(ZaloApiException.Transport, $"Zalo token endpoint: {e.GetType().Name}.", e);
        }

        if (Text(body, "access_token") is { Length: > 0 } access && Text(body, "refresh_token") is { Length: > 0 } refresh
            && double.TryParse(Text(body, "expires_in"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return new ZaloTokenPair(access, refresh, TimeSpan.FromSeconds(seconds));
        }

        // Never the body itself: it may echo a token.
        var code = int.TryParse(Text(body, "error"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? c : ZaloApiException.Transport;
        throw new ZaloApiException(code, $"Zalo refused the token request: error {code} {Text(body, "error_name")}".TrimEnd()) { Permanent = true };
    }

    /// <summary>A field as text: <c>expires_in</c> comes as a number or a string ("90000").</summary>
    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null
            : null;
}
