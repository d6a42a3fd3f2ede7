using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// The OA's consent (OAuth v4 with PKCE) for the first token pair: a link for the OA's administrator to open, and the
/// callback that exchanges the code with the verifier kept for the link's <c>state</c> (single use, 15 minutes).
/// </summary>
public sealed class ZaloConsent(IConversationStateStore store, ZaloOAuthClient oauth, ZaloAccessTokens tokens, IOptions<ZaloOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <param name="redirect">The "Official Account Callback Url" saved in the Zalo app's console (its /api/zalo/oauth/callback).</param>
    public async Task<Uri> StartAsync(Uri redirect, CancellationToken ct)
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var pending = new Pending(verifier, clock.GetUtcNow() + Lifetime);
        await store.SaveAsync(Key(state), JsonSerializer.Serialize(pending, BotJson.Options), null, clock.GetUtcNow(), ct);
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return new Uri(options.Value.OAuth(string.Create(CultureInfo.InvariantCulture,
            $"v4/oa/permission?app_id={Uri.EscapeDataString(options.Value.AppId ?? "")}&redirect_uri={Uri.EscapeDataString(redirect.AbsoluteUri)}&code_challenge={challenge}&state={state}")).AbsoluteUri);
    }

    /// <summary>Stores the pair the callback's code gives; false when the state is unknown, used or old, or the OA is not ours.</summary>
    public async Task<bool> CompleteAsync(string? state, string? code, string? oaId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(code) || state.Length > 64 || await store.GetAsync(Key(state), ct) is not { } stored)
        {
            return false;
        }

        await store.DeleteAsync(Key(state), ct);
        var pending = JsonSerializer.Deserialize<Pending>(stored.Payload, BotJson.Options);
        if (pending is null || pending.ExpiresAt < clock.GetUtcNow() || (oaId is not null && oaId != options.Value.OaId))
        {
            return false;
        }

        await tokens.SetAsync(await oauth.ExchangeCodeAsync(code, pending.Verifier, ct), ct);
        return true;
    }

    private static string Key(string state) => $"zalo-consent:{state}";

    private sealed record Pending(string Verifier, DateTimeOffset ExpiresAt);
}
