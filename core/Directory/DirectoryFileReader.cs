using System.Text.Json;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Directory;

/// <summary>Reads a directory file by its kind: .json (the demo directory's shape), .xlsx or .csv (tables of units and people).</summary>
public static class DirectoryFileReader
{
    /// <summary>What the file holds, or null with the faults that stop reading it (a row-level fault still yields the source).</summary>
    public static async Task<(DirectorySource? Source, IReadOnlyList<DirectoryFault> Faults)> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".xlsx")
        {
            return FromTables(DirectoryWorkbookReader.Read(content));
        }

        using var memory = new MemoryStream();
        await CopyLimitedAsync(content, memory, cancellationToken);
        if (memory.Length > DirectoryLimits.MaxBytes)
        {
            return (null, [DirectoryFault.OfFile("TooManyRows", DirectoryLimits.MaxRows)]);
        }

        return extension switch
        {
            ".csv" => FromTables(DirectoryCsvReader.Read(memory.ToArray())),
            ".json" => FromJson(memory.ToArray()),
            _ => (null, [DirectoryFault.OfFile("UnsupportedKind", fileName)]),
        };
    }

    private static (DirectorySource?, IReadOnlyList<DirectoryFault>) FromTables((IReadOnlyList<DirectoryTable> Tables, IReadOnlyList<DirectoryFault> Faults) read)
    {
        if (read.Tables.Count == 0)
        {
            return (null, read.Faults);
        }

        var (source, faults) = DirectoryTableImport.From(read.Tables);
        return (source, [.. read.Faults, .. faults]);
    }

    private static (DirectorySource?, IReadOnlyList<DirectoryFault>) FromJson(byte[] json)
    {
        if (!UnicodeJson.IsValid(json))
        {
            return (null, [DirectoryFault.OfFile("BadJson", 1, UnicodeJson.Problem)]);
        }

        try
        {
            var import = JsonSerializer.Deserialize<DirectoryImport>(json, DirectoryJson.Options);
            if (import is null)
            {
                return (null, [DirectoryFault.OfFile("EmptyImport")]);
            }

            // A null where a value is required (a person, a login) would fail deep in the import: named here instead.
            var normalized = Normalized(import);
            return MissingValues.Find(normalized) is { Count: > 0 } missing
                ? (null, [DirectoryFault.OfFile("BadJson", 1, $"null: {string.Join(", ", missing.Take(5))}")])
                : (DirectorySource.FromJson(normalized), []);
        }
        catch (JsonException ex)
        {
            return (null, [DirectoryFault.OfFile("BadJson", (ex.LineNumber ?? 0) + 1, ex.Message)]);
        }
    }

    /// <summary>Lists a JSON file leaves out (null) become empty, so the checks see every person whole.</summary>
    private static DirectoryImport Normalized(DirectoryImport import) => import with
    {
        Units = import.Units ?? [],
        People = [.. (import.People ?? []).Select(p => p is null ? p! : p with { Roles = p.Roles ?? [], Accounts = p.Accounts ?? [] })],
    };

    private static async Task CopyLimitedAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0 && to.Length <= DirectoryLimits.MaxBytes)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
