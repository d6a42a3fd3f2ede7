namespace InternalTthc.Core.Directory;

/// <summary>
/// A directory read from a file, with where each unit and person stood in it, so a fault found later names the row:
/// a spreadsheet or CSV row, or the position in a JSON list (then the column is the JSON property).
/// </summary>
public sealed record DirectorySource(DirectoryImport Import, IReadOnlyList<int> UnitRows, IReadOnlyList<int> PersonRows, bool Json)
{
    public static DirectorySource FromJson(DirectoryImport import) =>
        new(import, [.. Enumerable.Range(1, import.Units.Count)], [.. Enumerable.Range(1, import.People.Count)], Json: true);

    public DirectoryFault Fault(DirectoryTableKind kind, int index, string columnKey, string message)
    {
        var rows = kind == DirectoryTableKind.Units ? UnitRows : PersonRows;
        var table = Json ? (kind == DirectoryTableKind.Units ? "units" : "people") : DirectoryColumn.TableName(kind);
        var column = Json ? columnKey : DirectoryColumn.Of(kind).First(c => c.Key == columnKey).Label;
        return new DirectoryFault(table, rows[index], column, message);
    }
}
