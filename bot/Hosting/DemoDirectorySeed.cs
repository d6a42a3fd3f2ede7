using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Operations;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The demo directory of a Development start: imported unless this very file (by its hash) was the last one imported into
/// this store, since importing the same file again only spent a restart's CPU (about 0.14 s). An edited file, or a new
/// store, is imported; demo people changed in the store since keep their changes until the file changes.
/// </summary>
public sealed class DemoDirectorySeed(
    DemoOptions demo, IHostEnvironment environment, IDirectoryStore directory, IServiceSettings settings, TimeProvider clock,
    ILogger<DemoDirectorySeed> logger)
{
    /// <summary>The SHA-256 of the demo directory file last imported into this store.</summary>
    public const string StampKey = "demo-directory.imported";

    /// <summary>False when this start has no demo directory (production, or <c>Demo:Enabled=false</c>).</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (!(demo.Enabled ?? environment.IsDevelopment()))
        {
            return false;
        }

        var text = await File.ReadAllTextAsync(demo.File, cancellationToken);
        var stamp = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (await settings.GetAsync(StampKey, cancellationToken) == stamp)
        {
            logger.LogWarning("DEMO DIRECTORY in the store, as last imported from {File} (unchanged). Never enable it in production.", demo.File);
            return true;
        }

        var import = JsonSerializer.Deserialize<DirectoryImport>(text, DirectoryJson.Options)!;
        await directory.ImportAsync(import with { IsDemo = true }, cancellationToken);
        await settings.SetAsync(StampKey, stamp, clock.GetUtcNow(), cancellationToken);
        logger.LogWarning("DEMO DIRECTORY LOADED from {File}: {People} demo people. Never enable it in production.", demo.File, import.People.Count);
        return true;
    }
}
