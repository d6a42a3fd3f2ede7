namespace InternalTthc.Core.Directory;

/// <summary>Imports a directory file all or nothing: read, checked against the stored directory, then written in one transaction.</summary>
public sealed class DirectoryFileImport(IDirectoryStore directory)
{
    /// <param name="jurisdictions">What the importing administrator keeps; null for the operator's host verb.</param>
    public async Task<DirectoryImportReport> ImportAsync(string fileName, Stream content, IReadOnlySet<string>? jurisdictions, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var (source, faults) = await DirectoryFileReader.ReadAsync(name, content, cancellationToken);
        if (source is null)
        {
            return new DirectoryImportReport(name, 0, 0, faults);
        }

        var stored = (await directory.ListAllUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.JurisdictionCode, StringComparer.Ordinal);
        faults = [.. faults, .. DirectoryImportCheck.Check(source, stored, jurisdictions)];
        if (faults.Count > 0)
        {
            return new DirectoryImportReport(name, 0, 0, faults);
        }

        await directory.ImportAsync(source.Import, cancellationToken);
        return new DirectoryImportReport(name, source.Import.Units.Count, source.Import.People.Count, []);
    }
}
