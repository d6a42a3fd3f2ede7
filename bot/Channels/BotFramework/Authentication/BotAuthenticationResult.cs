using System.Security.Claims;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>The outcome of authenticating one request to <c>/api/messages</c>.</summary>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? CallerId, string? FailureReason)
{
    /// <summary>True when a token was validated; false for failures and for anonymous (authentication off) requests.</summary>
    public bool IsAuthenticated => Succeeded && Identity is not null;

    public static BotAuthenticationResult Anonymous { get; } = new(true, null, null, null);

    public static BotAuthenticationResult Failed(string reason) => new(false, null, null, reason);

    public static BotAuthenticationResult Authenticated(ClaimsIdentity identity, string callerId) =>
        new(true, identity, callerId, null);
}
