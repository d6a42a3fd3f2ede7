using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>
/// A phone number the channel itself vouches the person shared (Zalo's request-user-info form, on a signed webhook): it
/// travels in the turn's authenticated identity, never in anything a client can write, so no one can claim another's number.
/// </summary>
public static class SharedPhone
{
    public const string AuthenticationType = "InternalTthc.SharedPhone";

    /// <param name="accountId">The person's account on the channel.</param>
    public static BotAuthenticationResult Authenticate(string accountId, string phone, string callerId) =>
        BotAuthenticationResult.Authenticated(
            new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, accountId), new Claim(ClaimTypes.MobilePhone, phone)], AuthenticationType), callerId);

    /// <summary>The phone number vouched for in this turn; null when none was shared.</summary>
    public static string? Of(ITurnContext turn) =>
        turn.TurnState.TryGetValue(TurnContext.BotIdentityKey, out var value) && value is ClaimsIdentity { AuthenticationType: AuthenticationType } identity
            ? identity.FindFirst(ClaimTypes.MobilePhone)?.Value
            : null;
}
