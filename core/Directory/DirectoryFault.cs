namespace InternalTthc.Core.Directory;

/// <summary>One fault of a directory file, placed as the administrator sees it: table, row and column.</summary>
/// <param name="Table">The table's name ("Cán bộ", "Đơn vị"); null for the whole file.</param>
/// <param name="Row">The row number in the file (a spreadsheet or CSV line, or the position in a JSON list).</param>
/// <param name="Column">The column's header (or JSON property).</param>
/// <param name="Message">What is wrong, in Vietnamese.</param>
public sealed record DirectoryFault(string? Table, int? Row, string? Column, string Message)
{
    public static DirectoryFault OfFile(string key, params object[] args) => new(null, null, null, DirectoryText.Vietnamese(key, args));

    public override string ToString() => (Table, Row, Column) switch
    {
        ({ } table, { } row, { } column) => DirectoryText.Vietnamese("FaultRowColumn", table, row, column, Message),
        ({ } table, { } row, null) => DirectoryText.Vietnamese("FaultRow", table, row, Message),
        ({ } table, null, _) => DirectoryText.Vietnamese("FaultTable", table, Message),
        _ => Message,
    };
}
