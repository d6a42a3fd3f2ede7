namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>What Zalo's token endpoint gives: an access token, the next refresh token (each one is used once), and how long the access token lives.</summary>
public sealed record ZaloTokenPair(string AccessToken, string RefreshToken, TimeSpan ExpiresIn);
