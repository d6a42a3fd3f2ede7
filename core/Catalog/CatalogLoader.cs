using System.Text.Json;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Catalog;

/// <summary>Reads catalog files and validates them, alone and together.</summary>
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
        if (paths.Count == 0)
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
        var faults = new List<CatalogFault>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var json = await File.ReadAllTextAsync(path, cancellationToken);
            var (file, fileFaults) = Parse(name, json);
            faults.AddRange(fileFaults);
            if (file is not null)
            {
                files.Add((name, file));
            }
        }

        faults.AddRange(validator.ValidateTogether(files));
        return new CatalogLoadResult(faults.Count == 0 ? new ProcedureCatalog(files.Select(f => f.File)) : null, faults);
    }

    /// <summary>Parses one file's text; a file that does not deserialize yields one precise fault.</summary>
    public (CatalogFile? File, IReadOnlyList<CatalogFault> Faults) Parse(string fileName, string json)
    {
        if (!UnicodeJson.IsValid(System.Text.Encoding.UTF8.GetBytes(json)))
        {
            return (null, [new CatalogFault(fileName, null, "văn bản không phải Unicode hợp lệ (a string escapes a lone UTF-16 surrogate)")]);
        }

        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(json, CatalogJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, [JsonFaultDescriber.Describe(fileName, json, ex)]);
        }

        if (file is null)
        {
            return (null, [new CatalogFault(fileName, null, "tệp rỗng (the file holds null)")]);
        }

        if (MissingValues.Find(file) is { Count: > 0 } missing)
        {
            return (null, [.. missing.Select(path => new CatalogFault(fileName, null, $"thiếu giá trị bắt buộc (null) tại {path}"))]);
        }

        file = WithJurisdictionCodes(file);
        return (file, validator.Validate(fileName, file));
    }

    private static CatalogFile WithJurisdictionCodes(CatalogFile file) => file with
    {
        Procedures = [.. file.Procedures.Select(p => p with { JurisdictionCode = file.Jurisdiction.Code })],
    };
}
