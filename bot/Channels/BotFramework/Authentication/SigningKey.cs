using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>A published signing key and the channels it is endorsed for (the JWKS <c>endorsements</c> array).</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);
