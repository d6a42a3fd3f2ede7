namespace InternalTthc.Core.Directory;

/// <summary>A channel identity seen on an inbound message.</summary>
public sealed record ChannelAccountSighting(string ChannelId, string AccountId, string? AadObjectId, string? TenantId, DateTimeOffset At);
