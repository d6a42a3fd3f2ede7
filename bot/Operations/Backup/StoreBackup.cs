using System.IO.Compression;
using System.Text.Json;
using InternalTthc.Bot.Administration;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Files;
using InternalTthc.Core.Operations;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Bot.Operations.Backup;

/// <summary>
/// One backup file (a zip) holds the whole deployment's data: the database (SQLite's online backup, or pg_dump) and
/// the case files folder, with a manifest. A restore puts both back; it refuses while an instance of the service runs
/// on the store, unless forced.
/// </summary>
public sealed class StoreBackup(
    StoreOptions store, FileStoreOptions files, ServiceOptions service, TthcDbContext db, IServiceInstances instances, TimeProvider clock)
{
    public async Task<string> CreateAsync(string target, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(target);
        if (File.Exists(path)) throw new BackupException(AdminText.Vietnamese("BackupExists", path));
        var work = Directory.CreateTempSubdirectory("tthc-backup-");
        try
        {
            var database = Path.Combine(work.FullName, BackupManifest.DatabaseEntry(store.Provider));
            if (store.Provider == StoreProvider.Sqlite) SqliteCopy.Backup(store.ConnectionString, database);
            else await PostgreSqlCopy.DumpAsync(store.ConnectionString, database, cancellationToken);

            var folder = FilesFolder();
            var stored = Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
            var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, store.Provider, clock.GetUtcNow(), migration, stored.Length);

            // Written beside the target and renamed at the end: a half-written backup never carries the final name.
            var partial = path + ".partial";
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                await using (var entry = zip.CreateEntry(BackupManifest.EntryName).Open())
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, cancellationToken: cancellationToken);
                }

                zip.CreateEntryFromFile(database, BackupManifest.DatabaseEntry(store.Provider), CompressionLevel.Optimal);
                foreach (var file in stored)
                {
                    zip.CreateEntryFromFile(file, BackupManifest.FilesFolder + Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.Fastest);
                }
            }

            File.Move(partial, path);
            return AdminText.Vietnamese("BackupCreated", path, store.Provider, stored.Length);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public async Task<string> RestoreAsync(string source, bool force, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(source);
        if (!File.Exists(path)) throw new BackupException(AdminText.Vietnamese("BackupNotFound", path));
        var running = await instances.ListSeenSinceAsync(clock.GetUtcNow() - service.HeartbeatInterval * 3, cancellationToken);
        if (running.Count > 0 && !force)
        {
            throw new BackupException(AdminText.Vietnamese("BackupRunning", string.Join(", ", running.Select(i => i.Id))));
        }

        var work = Directory.CreateTempSubdirectory("tthc-restore-");
        try
        {
            var manifest = Extract(path, work.FullName);
            if (manifest.Provider != store.Provider) throw new BackupException(AdminText.Vietnamese("BackupWrongProvider", manifest.Provider, store.Provider));
            var database = Path.Combine(work.FullName, BackupManifest.DatabaseEntry(manifest.Provider));
            if (store.Provider == StoreProvider.Sqlite) SqliteCopy.Restore(database, store.ConnectionString);
            else await PostgreSqlCopy.RestoreAsync(database, store.ConnectionString, cancellationToken);

            ReplaceFilesFolder(Path.Combine(work.FullName, BackupManifest.FilesFolder));
            return AdminText.Vietnamese("BackupRestored", path, VietnamTime.Format(manifest.CreatedAt), manifest.Provider, manifest.Files);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private string FilesFolder() => Path.GetFullPath(files.Folder);

    /// <summary>Unpacks the backup into <paramref name="folder"/>; every entry must stay inside it (no "../" in a name).</summary>
    private static BackupManifest Extract(string path, string folder)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
            {
                var target = Path.GetFullPath(Path.Combine(folder, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal)) throw new InvalidDataException(entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target);
            }

            var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(Path.Combine(folder, BackupManifest.EntryName)));
            return manifest is { Format: BackupManifest.CurrentFormat } ? manifest : throw new InvalidDataException(BackupManifest.EntryName);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException)
        {
            throw new BackupException(AdminText.Vietnamese("BackupBadFile", path, e.Message));
        }
    }

    /// <summary>The files folder becomes the backup's: the restored copy is moved in whole, the old one removed after.</summary>
    private void ReplaceFilesFolder(string restored)
    {
        var folder = FilesFolder();
        var old = folder + ".before-restore";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(folder)) Directory.Move(folder, old);
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        if (Directory.Exists(restored)) CopyFolder(restored, folder);
        else Directory.CreateDirectory(folder);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    // Copied rather than moved: the temporary folder may lie on another file system (a mounted volume).
    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(to);
    }
}
