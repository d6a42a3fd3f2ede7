namespace InternalTthc.Core.Operations;

/// <summary>
/// A running instance of the service, as it says itself every little while: a restore refuses to overwrite a store
/// that an instance still uses, and an operator sees which instances share it.
/// </summary>
public sealed class ServiceInstance
{
    /// <summary>Machine and process, e.g. "tthc-01:4211".</summary>
    public required string Id { get; init; }

    public required string Host { get; init; }
    public required int ProcessId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }
}
