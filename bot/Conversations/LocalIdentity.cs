using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// The identity our own channels vouch for: the Direct Line server (its tokens name the signed-in
/// person) and the terminal chat (run by an administrator on the host). Only then is a channel
/// user id taken as a directory login; ids from other channels are linked by administrators.
/// </summary>
public static class LocalIdentity
{
    public const string AuthenticationType = "InternalTthc.Local";
    public const string CallerId = "urn:internaltthc:local";

    public static BotAuthenticationResult Authenticate(string login, string source) =>
        BotAuthenticationResult.Authenticated(
            new ClaimsIdentity([new Claim(ClaimTypes.Name, login), new Claim("source", source)], AuthenticationType), CallerId);

    /// <summary>The login vouched for in this turn, or null when the turn came from an outside channel.</summary>
    public static string? TrustedLogin(ITurnContext turn) =>
        turn.TurnState.TryGetValue(TurnContext.BotIdentityKey, out var value) && value is ClaimsIdentity { AuthenticationType: AuthenticationType } identity
            ? identity.Name
            : null;
}
