namespace InternalTthc.Core.Operations;

/// <summary>Values shared by every instance of the service through the store.</summary>
public interface IServiceSettings
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, DateTimeOffset at, CancellationToken cancellationToken);
}
