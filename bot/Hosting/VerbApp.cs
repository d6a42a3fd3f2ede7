using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The service for an administrator's command-line verb: its parts without the web pipeline (so only the settings the verb
/// uses are checked), only errors logged, and the store it works on named first. A verb that only reads never creates one.
/// </summary>
public static class VerbApp
{
    /// <summary>The built service with its store ready, or null (the reason printed) when a reading verb finds no store.</summary>
    /// <param name="mayCreateStore">The verb writes (directory import): an absent store is created and migrated.</param>
    public static async Task<WebApplication?> OpenAsync(bool mayCreateStore, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var app = await TthcApp.ComposeAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Error",
                ["Logging:LogLevel:Microsoft"] = "Error",
            });
            configure?.Invoke(builder);
        }, cancellationToken);
        var store = app.Services.GetRequiredService<StoreOptions>();
        await output.WriteLineAsync($"Kho dữ liệu: {StoreServiceCollectionExtensions.Describe(store)}");
        if (!mayCreateStore)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (!await StoreServiceCollectionExtensions.ExistsAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), store, cancellationToken))
            {
                await output.WriteLineAsync("Kho dữ liệu này không tồn tại. Lệnh chỉ đọc nên không tạo kho mới: đặt Store:Provider và "
                    + "Store:ConnectionString (biến môi trường Store__Provider, Store__ConnectionString) như của dịch vụ đang chạy.");
                await app.DisposeAsync();
                return null;
            }
        }

        await TthcApp.InitializeStoreAsync(app, cancellationToken);
        return app;
    }
}
