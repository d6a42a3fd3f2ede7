namespace InternalTthc.Cards.Model;

/// <summary>
/// Rows of a list under its column labels (an annex list of a request). Cells are text people typed: shown as typed,
/// never read as markdown; empty cells are left out. Renderers lay each row out as a titled block, which stays
/// readable at a chat's width however many columns the list has.
/// </summary>
public sealed record TableElement(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows) : CardElement;
