namespace InternalTthc.Core.Directory;

/// <summary>A table read from a spreadsheet or CSV file: its rows by number, each value by column key (empty when blank).</summary>
public sealed record DirectoryTable(DirectoryTableKind Kind, IReadOnlyList<DirectoryRow> Rows);
