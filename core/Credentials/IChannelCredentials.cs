namespace InternalTthc.Core.Credentials;

/// <summary>The stored token pairs of channels, renewed by one caller at a time across every instance.</summary>
public interface IChannelCredentials
{
    Task<ChannelCredential?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="renew"/> under the credential's lock (a PostgreSQL advisory lock, so one instance at a time;
    /// the one process on SQLite): it gets the pair as committed now and returns the pair to keep instead, or null to keep
    /// it. The new pair is committed before this returns it, so no caller ever uses a pair the store does not hold.
    /// </summary>
    Task<ChannelCredential?> RenewAsync(
        string key, Func<ChannelCredential?, CancellationToken, Task<ChannelCredential?>> renew, CancellationToken cancellationToken);
}
