using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>The downloadable template of every rows field of the shipped catalog, read back by hand and by the reader.</summary>
public sealed class AnnexTemplateTests
{
    private static readonly System.Xml.Linq.XNamespace Main = XlsxPackage.Main;

    public static TheoryData<string, string> Fields => ShippedAnnexFields.All();

    [Fact]
    public void The_shipped_catalog_has_annex_fields_to_test()
    {
        var fields = ShippedAnnexFields.Fields().Select(x => $"{x.Procedure.Code}/{x.Field.Name}").ToList();
        Assert.Contains("cto-mailbox-new/organizations", fields);
        Assert.Contains("cto-mailbox-new/individuals", fields);
        Assert.True(fields.Count >= 10, string.Join(", ", fields));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Header_row_is_STT_and_the_published_labels_bold_and_frozen(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var package = new XlsxPackage(AnnexWorkbook.CreateTemplate(procedure, field));
        var sheet = package.Sheet(package.SheetNames[0]);

        var header = package.Row(sheet, 3);
        var references = Enumerable.Range(1, field.Columns.Count + 1).Select(i => CellReferences.Cell(i, 3)).ToList();
        Assert.Equal(references, header.Keys.Order(StringComparer.Ordinal).OrderBy(r => r.Length));
        Assert.Equal(["STT", .. field.Columns.Select(c => c.Label)], references.Select(r => header[r]));
        Assert.All(references, r => Assert.NotNull(package.Font(package.StyleOf(sheet, r)!.Value).Element(Main + "b")));

        var title = package.Row(sheet, 1)["A1"];
        Assert.Contains(procedure.Name, title, StringComparison.Ordinal);
        Assert.Contains(field.Label, title, StringComparison.Ordinal);

        var pane = sheet.Descendants(Main + "pane").Single();
        Assert.Equal(("3", "A4", "frozen"), ((string)pane.Attribute("ySplit")!, (string)pane.Attribute("topLeftCell")!, (string)pane.Attribute("state")!));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Columns_have_sensible_widths_and_text_format_where_leading_zeros_matter(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var package = new XlsxPackage(AnnexWorkbook.CreateTemplate(procedure, field));
        var cols = package.Sheet(package.SheetNames[0]).Descendants(Main + "col").ToList();

        Assert.Equal(field.Columns.Count + 1, cols.Count);
        Assert.All(cols, c => Assert.InRange((double)c.Attribute("width")!, 5, 50));
        foreach (var (column, col) in field.Columns.Zip(cols.Skip(1)))
        {
            if (column.Type is FieldType.Phone or FieldType.CitizenId)
            {
                Assert.Equal("49", (string?)package.CellFormat((int)col.Attribute("style")!).Attribute("numFmtId"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Template_is_a_valid_workbook_for_an_independent_reader(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var bytes = AnnexWorkbook.CreateTemplate(procedure, field);
        var package = new XlsxPackage(bytes);

        var types = package.ContentTypes;
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", types[package.WorkbookPath]);
        Assert.Equal(2, types.Values.Count(t => t == "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        Assert.Contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml", types.Values);
        Assert.Contains("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", types.Values);

        Assert.Equal(2, package.SheetNames.Count);
        Assert.InRange(package.SheetNames[0].Length, 1, 31);
        Assert.DoesNotContain(package.SheetNames[0], c => "[]:*?/\\".Contains(c));
        Assert.Equal("Hướng dẫn", package.SheetNames[1]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Instructions_sheet_explains_every_column_and_where_to_upload(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var package = new XlsxPackage(AnnexWorkbook.CreateTemplate(procedure, field));
        var sheet = package.Sheet("Hướng dẫn");
        var rows = Enumerable.Range(1, 40).Select(r => package.Row(sheet, r).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value).ToList()).ToList();

        Assert.Equal(["Cột", "Bắt buộc", "Định dạng", "Giải thích"], rows[3]);
        foreach (var (column, row) in field.Columns.Zip(rows.Skip(4)))
        {
            Assert.Equal(column.Label, row[0]);
            Assert.Equal(column.Required ? "Bắt buộc" : "Không bắt buộc", row[1]);
            if (column.Type == FieldType.CitizenId) Assert.StartsWith("12 chữ số", row[2], StringComparison.Ordinal);
            Assert.All(column.Choices, c => Assert.Contains(c.Label, row[2], StringComparison.Ordinal));
            if (column.PatternError is { } rule) Assert.Contains(rule, row[2], StringComparison.Ordinal);
            if (column.Help is { } help) Assert.Contains(help, row[3], StringComparison.Ordinal);
        }

        var upload = rows.SelectMany(r => r).Single(t => t.Contains("cuộc trò chuyện với bot", StringComparison.Ordinal));
        Assert.Contains(field.Label, upload, StringComparison.Ordinal);
        Assert.Contains(procedure.DisplayName, upload, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Empty_template_reads_as_a_list_without_data_rows(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var result = AnnexWorkbook.Read(new MemoryStream(AnnexWorkbook.CreateTemplate(procedure, field)), field, TestCellRules.Check, AnnexLimits.Default);

        Assert.Empty(result.Rows);
        var fault = Assert.Single(result.Faults);
        Assert.Equal("Bảng chưa có dòng dữ liệu nào; hãy điền từ dòng 4 trở đi.", fault.ToString());
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Filled_template_reads_back_the_same_rows_with_Vietnamese_intact(string code, string name)
    {
        var (procedure, field) = ShippedAnnexFields.Find(code, name);
        var expected = Enumerable.Range(1, 3).Select(row => field.Columns.ToDictionary(c => c.Name, c => Sample(c, row))).ToList();
        var filled = TestWorkbook.Fill(AnnexWorkbook.CreateTemplate(procedure, field), expected.Select(r => field.Columns.Select(c => (object?)r[c.Name]).ToArray()));

        var result = AnnexWorkbook.Read(new MemoryStream(filled), field, TestCellRules.Check, AnnexLimits.Default);

        Assert.Empty(result.Faults);
        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Rows.Select(r => r.ToDictionary()));
        Assert.Contains(result.Rows.SelectMany(r => r.Values), v => v.Contains("Nguyễn Thị Ánh Tuyết", StringComparison.Ordinal));
    }

    [Fact]
    public void Date_columns_are_explained_and_formatted_as_dates()
    {
        var package = new XlsxPackage(AnnexWorkbook.CreateTemplate(AnnexTestField.Procedure, AnnexTestField.Individuals));
        var help = package.Sheet("Hướng dẫn");
        Assert.Equal("Ngày sinh", package.Row(help, 8)["A8"]);
        Assert.Equal("Ngày, dạng dd/mm/yyyy", package.Row(help, 8)["C8"]);

        var dateCol = package.Sheet(package.SheetNames[0]).Descendants(Main + "col").ElementAt(4);
        var numFmtId = (string)package.CellFormat((int)dateCol.Attribute("style")!).Attribute("numFmtId")!;
        var format = package.Styles.Descendants(Main + "numFmt").Single(f => (string)f.Attribute("numFmtId")! == numFmtId);
        Assert.Equal("dd/mm/yyyy", (string)format.Attribute("formatCode")!);
    }

    [Theory]
    [InlineData("Danh sách [nhóm 1]: cán bộ/công chức *mới*?", "Danh sách nhóm 1 cán bộ công")]
    [InlineData("Yêu cầu cấp mới hộp thư điện tử đối với cơ quan nhà nước, đơn vị", "Yêu cầu cấp mới hộp thư điện tử")]
    [InlineData("'Trích'", "Trích")]
    [InlineData("Hướng dẫn", "Danh sách")]
    public void Sheet_names_follow_Excel_rules(string label, string expected)
    {
        var field = AnnexTestField.Individuals with { Label = label };
        var package = new XlsxPackage(AnnexWorkbook.CreateTemplate(AnnexTestField.Procedure, field));
        Assert.Equal([expected, "Hướng dẫn"], package.SheetNames);
    }

    private static string Sample(FormField column, int row) => column.Type switch
    {
        FieldType.Phone => $"09{row:D8}",
        FieldType.CitizenId => $"0920{row:D8}",
        FieldType.Choice => column.Choices[row % column.Choices.Count].Label,
        FieldType.MultiChoice => string.Join("; ", column.Choices.Take(row).Select(c => c.Label)),
        FieldType.Date => $"{row:D2}/03/1985",
        _ when column.Placeholder is { } example && column.Pattern is not null => example,
        _ => Fit($"Nguyễn Thị Ánh Tuyết, Phòng Tổ chức – Hành chính, dòng {row}", column.MaxLength),
    };

    private static string Fit(string text, int? max) => max is { } m && text.Length > m ? text[..m].TrimEnd() : text;
}
