namespace InternalTthc.Core.Store;

/// <summary>SQLite's <c>PRAGMA synchronous</c> values the service offers (see <see cref="StoreOptions.SqliteSynchronous"/>).</summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
