namespace InternalTthc.Core.Documents;

/// <summary>A numbered table of an annex: its heading, the column labels (STT first) and the rows.</summary>
public sealed record DocumentTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
