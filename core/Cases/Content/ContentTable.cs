namespace InternalTthc.Core.Cases.Content;

/// <summary>An annex list of a case: the published column labels and every row's cells as texts ("" where left empty).</summary>
public sealed record ContentTable(string FieldName, string Label, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
