using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// A token whose signature, issuer and audience were verified with <see cref="Key"/>: what does not change with the
/// moment or the activity. Its lifetime, and for a channel token the serviceurl claim and the key's endorsement, depend
/// on the clock and on the activity it comes with, so <see cref="RecheckFor"/> runs for every request that carries it.
/// </summary>
public sealed record ValidatedToken(
    ClaimsIdentity Identity, SigningKey Key, string KeyId, DateTime? NotBefore, DateTime? Expires, bool FromChannel)
{
    /// <summary>Why <paramref name="activity"/> may not come with this token at <paramref name="now"/>, or null when it may.</summary>
    public string? RecheckFor(Activity activity, DateTime now)
    {
        if (SignedTokenValidator.CheckLifetime(now, NotBefore, Expires) is { } lifetime)
        {
            return lifetime;
        }

        if (!FromChannel)
        {
            return null;
        }

        // The bot's own token will be sent to serviceUrl, so the channel must have vouched for it.
        var serviceUrl = Identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "the serviceurl claim does not match the activity's serviceUrl";
        }

        return Key.Endorsements.Count == 0
            || (!string.IsNullOrEmpty(activity.ChannelId) && !Key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            ? $"the signing key is not endorsed for channel '{activity.ChannelId}'"
            : null;
    }
}
