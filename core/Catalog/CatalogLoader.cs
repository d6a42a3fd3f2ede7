using System.Text.Json;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Catalog;

/// <summary>Reads catalog files and their change files (<c>*.changes.json</c>) and validates them, alone and together.</summary>
public sealed class CatalogLoader(CatalogValidator validator)
{
    public CatalogLoader() : this(new CatalogValidator()) { }

    /// <summary>Loads every *.json file of a folder; throws <see cref="CatalogException"/> naming every fault.</summary>
    public async Task<ProcedureCatalog> LoadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            throw new CatalogException([new CatalogFault(folder, null, "không tìm thấy thư mục danh mục (catalog folder not found)")]);
        }

        var paths = System.IO.Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (paths.All(CatalogChanges.IsChangeFile))
        {
            throw new CatalogException([new CatalogFault(folder, null, "thư mục không có tệp danh mục *.json (no catalog files)")]);
        }

        var result = await LoadFilesAsync(paths, cancellationToken);
        return result.Catalog ?? throw new CatalogException(result.Faults);
    }

    /// <summary>Loads the given files and returns what loaded with every fault found.</summary>
    public async Task<CatalogLoadResult> LoadFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var files = new List<(string Name, CatalogFile File)>();
        var changes = new List<(string Name, CatalogChanges Changes)>();
        var faults = new List<CatalogFault>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var json = await File.ReadAllTextAsync(path, cancellationToken);
            if (CatalogChanges.IsChangeFile(name))
            {
                var (c, changeFaults) = ParseChanges(name, json);
                faults.AddRange(changeFaults);
                if (c is not null) changes.Add((name, c));
                continue;
            }

            var (file, fileFaults) = Parse(name, json);
            faults.AddRange(fileFaults);
            if (file is not null) files.Add((name, file));
        }

        faults.AddRange(validator.ValidateTogether(files, changes));
        return new CatalogLoadResult(faults.Count == 0 ? new ProcedureCatalog(files.Select(f => f.File), changes.Select(c => c.Changes)) : null, faults);
    }

    /// <summary>Parses one catalog file's text; a file that does not deserialize yields one precise fault.</summary>
    public (CatalogFile? File, IReadOnlyList<CatalogFault> Faults) Parse(string fileName, string json)
    {
        var (file, fault) = Deserialize<CatalogFile>(fileName, json);
        if (file is null)
        {
            return (null, [fault!]);
        }

        if (MissingValues.Find(file) is { Count: > 0 } missing)
        {
            return (null, Missing(fileName, missing));
        }

        file = WithJurisdictionCodes(file);
        return (file, validator.Validate(fileName, file));
    }

    /// <summary>Parses one change file's text.</summary>
    public (CatalogChanges? Changes, IReadOnlyList<CatalogFault> Faults) ParseChanges(string fileName, string json)
    {
        var (changes, fault) = Deserialize<CatalogChanges>(fileName, json);
        if (changes is null)
        {
            return (null, [fault!]);
        }

        return MissingValues.Find(changes) is { Count: > 0 } missing ? (null, Missing(fileName, missing)) : (changes, validator.Validate(fileName, changes));
    }

    private static CatalogFault[] Missing(string fileName, IReadOnlyList<string> paths) =>
        [.. paths.Select(path => new CatalogFault(fileName, null, $"thiếu giá trị bắt buộc (null) tại {path}"))];

    private static (T? Value, CatalogFault? Fault) Deserialize<T>(string fileName, string json) where T : class
    {
        if (!UnicodeJson.IsValid(System.Text.Encoding.UTF8.GetBytes(json)))
        {
            return (null, new CatalogFault(fileName, null, "văn bản không phải Unicode hợp lệ (a string escapes a lone UTF-16 surrogate)"));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, CatalogJson.Options) is { } value
                ? (value, null)
                : (null, new CatalogFault(fileName, null, "tệp rỗng (the file holds null)"));
        }
        catch (JsonException ex)
        {
            return (null, JsonFaultDescriber.Describe(fileName, json, ex));
        }
    }

    private static CatalogFile WithJurisdictionCodes(CatalogFile file) => file with
    {
        Procedures = [.. file.Procedures.Select(p => p with { JurisdictionCode = file.Jurisdiction.Code })],
    };
}
