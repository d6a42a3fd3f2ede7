namespace InternalTthc.Core.Catalog;

/// <summary>One fault of a catalog file, named precisely enough for an administrator to fix it.</summary>
/// <param name="File">The file name.</param>
/// <param name="Entry">The procedure code (or section such as "jurisdiction"); null for the whole file.</param>
/// <param name="Message">What is wrong, with the JSON path where it helps.</param>
public sealed record CatalogFault(string File, string? Entry, string Message)
{
    public override string ToString() => Entry is null ? $"{File}: {Message}" : $"{File}: {Entry}: {Message}";
}
