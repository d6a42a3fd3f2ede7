namespace InternalTthc.Core.Store;

/// <summary>Which database holds the data. Bound from the "Store" configuration section.</summary>
public sealed record StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Sqlite" (default: one file, no set-up) or "PostgreSql" (several instances).</summary>
    public StoreProvider Provider { get; init; } = StoreProvider.Sqlite;

    public string ConnectionString { get; init; } = "Data Source=data/internaltthc.db";
}
