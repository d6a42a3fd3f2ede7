namespace InternalTthc.Core.Store;

public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
