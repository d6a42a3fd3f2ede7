namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>With no app id (local development), outbound calls carry no Authorization header.</summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
