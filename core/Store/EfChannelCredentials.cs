using InternalTthc.Core.Credentials;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfChannelCredentials(TthcDbContext db, StoreOptions options, CredentialRenewalLock gate) : IChannelCredentials
{
    public Task<ChannelCredential?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.ChannelCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);

    public async Task<ChannelCredential?> RenewAsync(
        string key, Func<ChannelCredential?, CancellationToken, Task<ChannelCredential?>> renew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renew);
        await gate.Gate.WaitAsync(cancellationToken);
        try
        {
            return await db.InTransactionAsync(ct => RenewInTransactionAsync(key, renew, ct), cancellationToken);
        }
        finally
        {
            gate.Gate.Release();
        }
    }

    private async Task<ChannelCredential?> RenewInTransactionAsync(
        string key, Func<ChannelCredential?, CancellationToken, Task<ChannelCredential?>> renew, CancellationToken cancellationToken)
    {
        if (options.Provider == StoreProvider.PostgreSql)
        {
            // Held until the transaction ends: another instance waits here, then reads the pair this one saved.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }

        var current = await db.ChannelCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        var renewed = await renew(current, cancellationToken);
        if (renewed is null)
        {
            return current;
        }

        renewed.Version = (current?.Version ?? 0) + 1;
        var saved = await db.ChannelCredentials.Where(c => c.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.AccessToken, renewed.AccessToken)
            .SetProperty(c => c.RefreshToken, renewed.RefreshToken)
            .SetProperty(c => c.ExpiresAt, renewed.ExpiresAt)
            .SetProperty(c => c.RenewedAt, renewed.RenewedAt)
            .SetProperty(c => c.Version, renewed.Version), cancellationToken);
        if (saved == 0)
        {
            db.ChannelCredentials.Add(renewed);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(renewed).State = EntityState.Detached;
        }

        return renewed;
    }
}
