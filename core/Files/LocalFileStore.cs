using System.Text.Json;

namespace InternalTthc.Core.Files;

/// <summary>
/// Files on the local disk: <c>{Folder}/{area}/{id}.bin</c> with a <c>{id}.json</c> beside it holding the name
/// and type. Several instances share it only through a shared folder.
/// </summary>
public sealed class LocalFileStore(FileStoreOptions options) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Folder);

    public async Task<StoredFile> SaveAsync(
        string area, string name, string contentType, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = Path.Combine(_root, FileNames.AreaFolder(area));
        System.IO.Directory.CreateDirectory(folder);
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(folder, id + ".bin");
        long length;
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                length = await LimitedCopy.CopyAsync(content, target, maxBytes, cancellationToken);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var stored = new StoredFile(id, FileNames.Sanitize(name), contentType, length);
        // Written last: a file without its description is never served.
        await File.WriteAllTextAsync(Path.Combine(folder, id + ".json"), JsonSerializer.Serialize(stored), cancellationToken);
        return stored;
    }

    public async Task<OpenedFile?> OpenAsync(string area, string id, CancellationToken cancellationToken)
    {
        if (!IsOurId(id))
        {
            return null;
        }

        var folder = Path.Combine(_root, FileNames.AreaFolder(area));
        var description = Path.Combine(folder, id + ".json");
        if (!File.Exists(description))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredFile>(await File.ReadAllTextAsync(description, cancellationToken))!;
        var stream = new FileStream(Path.Combine(folder, id + ".bin"), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return new OpenedFile(stored, stream);
    }

    public Task DeleteAsync(string area, string id, CancellationToken cancellationToken)
    {
        if (IsOurId(id))
        {
            var folder = Path.Combine(_root, FileNames.AreaFolder(area));
            File.Delete(Path.Combine(folder, id + ".json"));
            File.Delete(Path.Combine(folder, id + ".bin"));
        }

        return Task.CompletedTask;
    }

    // Ids are ours (32 hex digits); anything else cannot name a file of this store.
    private static bool IsOurId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
