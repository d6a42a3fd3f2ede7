using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Files;

public static class FileStoreServiceCollectionExtensions
{
    /// <summary>Registers the local-disk <see cref="IFileStore"/>.</summary>
    public static IServiceCollection AddLocalFileStore(this IServiceCollection services, FileStoreOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IFileStore, LocalFileStore>();
        return services;
    }
}
