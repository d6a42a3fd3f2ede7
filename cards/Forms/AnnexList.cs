using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>An annex list of a form and its rows as typed, for the summary.</summary>
public sealed record AnnexList(FormField Field, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);
