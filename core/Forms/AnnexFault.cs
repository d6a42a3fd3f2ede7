namespace InternalTthc.Core.Forms;

/// <summary>One fault of an uploaded annex list, placed as people see the sheet.</summary>
/// <param name="Row">The spreadsheet row number (1 is the first row); null for the whole file or a column.</param>
/// <param name="Column">The column's published label; null for the whole file or row.</param>
/// <param name="Message">What is wrong, in the language of the person who sent the file.</param>
public sealed record AnnexFault(int? Row, string? Column, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        ({ } row, { } column) => FormText.Get("FaultRowColumn", row, column, Message),
        ({ } row, null) => FormText.Get("FaultRow", row, Message),
        (null, { } column) => FormText.Get("FaultColumn", column, Message),
        _ => Message,
    };

    /// <summary>A fault of the whole file or table, from the form texts.</summary>
    internal static AnnexFault OfFile(string key, params object[] args) => new(null, null, FormText.Get(key, args));
}
