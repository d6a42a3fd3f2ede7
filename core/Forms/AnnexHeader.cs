using DocumentFormat.OpenXml.Packaging;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>The header row of an uploaded list: where it is, which sheet column holds each field column, which are missing.</summary>
internal sealed record AnnexHeader(WorksheetPart Sheet, int Row, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<FormField> Missing);
