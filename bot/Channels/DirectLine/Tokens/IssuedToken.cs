namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>A token just signed, and its lifetime in seconds (Direct Line's <c>expires_in</c>).</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);
