namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>Gives the bearer token for calls to the Bot Connector; null means calls go without one (authentication off).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A cached token unless <paramref name="forceRefresh"/> (after the Connector answered 401).</summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
