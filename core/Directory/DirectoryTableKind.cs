namespace InternalTthc.Core.Directory;

/// <summary>The two tables of a directory spreadsheet or CSV file.</summary>
public enum DirectoryTableKind
{
    Units,
    People,
}
