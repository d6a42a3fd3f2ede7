using System.Security.Claims;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>What <see cref="SignedTokenValidator"/> found: a verified identity and its signing key, or why not.</summary>
public sealed record TokenCheck(ClaimsIdentity? Identity, SigningKey? Key, string? Failure)
{
    public static TokenCheck Fail(string failure) => new(null, null, failure);
}
