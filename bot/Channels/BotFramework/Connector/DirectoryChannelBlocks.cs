using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>Records a block on the person's channel account in the directory.</summary>
public sealed class DirectoryChannelBlocks(IServiceScopeFactory scopes, TimeProvider clock) : IChannelBlocks
{
    public async Task RecordAsync(string channelId, string accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().MarkBlockedAsync(channelId, accountId, clock.GetUtcNow(), cancellationToken);
    }
}
