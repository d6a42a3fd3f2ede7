namespace InternalTthc.Bot.Operations;

/// <summary>The store as the health checks see it: reachable, and the migrations it still lacks (none when up to date).</summary>
public sealed record StoreHealth(bool Reachable, IReadOnlyList<string> PendingMigrations);
