namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>The outcome of reading a token: the identity it carries, or why it was refused.</summary>
public sealed record TokenCheck(DirectLineIdentity? Identity, TokenFailure Failure)
{
    /// <summary>The token's own id (jti), to spend a single-use token once.</summary>
    public string? TokenId { get; init; }

    public static TokenCheck Fail(TokenFailure failure) => new(null, failure);
}
