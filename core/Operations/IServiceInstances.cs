namespace InternalTthc.Core.Operations;

/// <summary>The instances that use this store.</summary>
public interface IServiceInstances
{
    /// <summary>Records that the instance is alive now (added on its first beat).</summary>
    Task BeatAsync(ServiceInstance instance, CancellationToken cancellationToken);

    /// <summary>Forgets the instance (it stops).</summary>
    Task RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>The instances seen since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<ServiceInstance>> ListSeenSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
