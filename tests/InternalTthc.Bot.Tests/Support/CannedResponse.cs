namespace InternalTthc.Bot.Tests.Support;

/// <summary>A failure the fake Bot Connector answers with instead of serving the next call.</summary>
public sealed record CannedResponse(int Status, string? Body = null, string? RetryAfter = null);
