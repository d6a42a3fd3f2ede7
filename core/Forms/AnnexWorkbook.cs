using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Annex lists (form fields of type rows) as Excel workbooks: the template people download, and
/// the reading of the list they upload back.
/// </summary>
public static class AnnexWorkbook
{
    /// <summary>An .xlsx template for one rows field: STT and the columns' published labels, with instructions.</summary>
    public static byte[] CreateTemplate(Procedure procedure, FormField rowsField)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        RequireRows(rowsField);
        return AnnexTemplateWriter.Write(procedure, rowsField);
    }

    /// <summary>The list of one case as the template filled in: STT and the rows' texts under the published labels.</summary>
    public static byte[] CreateFilled(Procedure procedure, FormField rowsField, string caseCode, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(rows);
        RequireRows(rowsField);
        return AnnexTemplateWriter.Write(procedure, rowsField, (caseCode, rows));
    }

    /// <summary>
    /// Reads an uploaded list by the columns' labels. <paramref name="validateCell"/> checks one
    /// non-empty cell of a column and returns a Vietnamese message, or null when the value is fine.
    /// </summary>
    public static AnnexReadResult Read(Stream xlsx, FormField rowsField, Func<FormField, string, string?> validateCell, AnnexLimits limits)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(validateCell);
        ArgumentNullException.ThrowIfNull(limits);
        RequireRows(rowsField);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxRows, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxBytes, 1, nameof(limits));
        return new AnnexReader(rowsField, validateCell, limits).Read(xlsx);
    }

    private static void RequireRows(FormField rowsField)
    {
        ArgumentNullException.ThrowIfNull(rowsField);
        if (rowsField.Type != FieldType.Rows || rowsField.Columns.Count == 0)
        {
            throw new ArgumentException($"Field '{rowsField.Name}' is not a rows field with columns.", nameof(rowsField));
        }
    }
}
