namespace InternalTthc.Cards.Model;

/// <summary>One row of a <see cref="TableElement"/>: its title ("Dòng 3") and its cells, one per column.</summary>
public sealed record TableRow(string Title, IReadOnlyList<string> Cells);
