namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>The demo person picked on the page (Development only).</summary>
public sealed record DemoSignInRequest(string? Login);
