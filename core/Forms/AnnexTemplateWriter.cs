using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Writes the downloadable template of a rows field: the list sheet (title, note, header of STT and
/// the published column labels, frozen) and an instructions sheet explaining every column. Filled with a
/// case's rows it is that case's list, which can be uploaded again as it is.
/// </summary>
internal static class AnnexTemplateWriter
{
    /// <summary>Title, note, header: data starts on the fourth row.</summary>
    public const int HeaderRow = 3;

    /// <param name="filled">The case whose rows fill the list (its code for the note, its rows as texts), or null for an empty template.</param>
    public static byte[] Write(Procedure procedure, FormField rowsField, (string CaseCode, IReadOnlyList<IReadOnlyList<string>> Rows)? filled = null)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = AnnexStyles.Create();

            var strings = new AnnexSharedStrings();
            var listName = AnnexSheetName.For(rowsField);
            var helpName = FormText.Vietnamese("HelpSheetName");
            var sheets = new Sheets();
            var list = ListSheet(strings, procedure, rowsField, helpName, filled?.CaseCode);
            foreach (var (row, i) in (filled?.Rows ?? []).Select((r, i) => (r, i + 1)))
            {
                list.Row(AnnexStyles.Wrapped, [i.ToString(CultureInfo.InvariantCulture), .. row]);
            }

            AddSheet(workbookPart, sheets, 1, listName, list.Build(selected: true));
            AddSheet(workbookPart, sheets, 2, helpName, HelpSheet(strings, procedure, rowsField, listName).Build(selected: false));
            workbookPart.Workbook.Append(sheets);
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
            workbookPart.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static AnnexSheetBuilder ListSheet(AnnexSharedStrings strings, Procedure procedure, FormField field, string helpName, string? caseCode)
    {
        var sheet = new AnnexSheetBuilder(strings).Column(6);
        foreach (var column in field.Columns)
        {
            sheet.Column(Width(column), CellStyle(column.Type));
        }

        var note = caseCode is null ? FormText.Vietnamese("TemplateNote", HeaderRow + 1, helpName) : FormText.Vietnamese("FilledNote", caseCode, helpName);
        return sheet
            .SpanningRow(AnnexStyles.Title, FormText.Vietnamese("TemplateTitle", procedure.Name, field.Label))
            .SpanningRow(AnnexStyles.Note, string.IsNullOrWhiteSpace(field.Help) ? note : $"{field.Help} {note}")
            .Row(AnnexStyles.Header, [FormText.Vietnamese("ColumnNumber"), .. field.Columns.Select(c => c.Label)])
            .FreezeRowsAbove();
    }

    private static AnnexSheetBuilder HelpSheet(AnnexSharedStrings strings, Procedure procedure, FormField field, string listName)
    {
        var sheet = new AnnexSheetBuilder(strings).Column(40).Column(16).Column(40).Column(60)
            .SpanningRow(AnnexStyles.Title, FormText.Vietnamese("HelpTitle", field.Label))
            .SpanningRow(AnnexStyles.Note, FormText.Vietnamese("HelpProcedure", procedure.Name))
            .SkipRow()
            .Row(AnnexStyles.Header,
            [
                FormText.Vietnamese("HelpHeaderColumn"), FormText.Vietnamese("HelpHeaderRequired"),
                FormText.Vietnamese("HelpHeaderFormat"), FormText.Vietnamese("HelpHeaderHelp"),
            ])
            .FreezeRowsAbove();
        foreach (var column in field.Columns)
        {
            var required = FormText.Vietnamese(column.Required ? "HelpRequiredYes" : "HelpRequiredNo");
            sheet.Row(AnnexStyles.Wrapped, [column.Label, required, AnnexColumnFormat.Describe(column), AnnexColumnFormat.Explain(column)]);
        }

        var save = FormText.Vietnamese("HelpHowSave");
        if (field.MaxRows is { } max) save += " " + FormText.Vietnamese("HelpHowLimit", max.ToString(CultureInfo.InvariantCulture));
        return sheet.SkipRow()
            .Row(AnnexStyles.Title, [FormText.Vietnamese("HelpHowTitle")])
            .SpanningRow(AnnexStyles.Wrapped, FormText.Vietnamese("HelpHowFill", listName, HeaderRow + 1))
            .SpanningRow(AnnexStyles.Wrapped, save)
            .SpanningRow(AnnexStyles.Wrapped, FormText.Vietnamese("HelpHowUpload", field.Label, procedure.DisplayName));
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static uint? CellStyle(FieldType type) => type switch
    {
        FieldType.Number => null,
        FieldType.Date => AnnexStyles.DateCell,
        FieldType.DateTime => AnnexStyles.DateTimeCell,
        _ => AnnexStyles.TextCell,
    };

    // Wide enough for the value people type and for the label in about three lines.
    private static double Width(FormField column)
    {
        double typical = column.Type switch
        {
            FieldType.Phone => 16,
            FieldType.CitizenId => 18,
            FieldType.Number or FieldType.Date => 14,
            FieldType.DateTime => 18,
            FieldType.Email or FieldType.Choice or FieldType.MultiChoice => 30,
            _ => column.MaxLength is { } max ? Math.Clamp(max / 5.0, 20, 40) : 25,
        };
        return Math.Clamp(Math.Max(typical, (column.Label.Length / 3.0) + 2), 10, 45);
    }
}
