using InternalTthc.Core.Forms;
using static InternalTthc.Core.Tests.Forms.AnnexTestField;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Reading uploaded lists as people make them: faults placed by row and column, headers found by label.</summary>
public sealed class AnnexReadTests
{
    private static readonly object?[] Title = ["DANH SÁCH YÊU CẦU CẤP MỚI THƯ ĐIỆN TỬ"];

    [Fact]
    public void Faults_name_the_spreadsheet_row_and_the_published_column()
    {
        var bytes = TestWorkbook.Create(
            Title,
            Header(),
            [1, "Nguyễn Văn An", "079123456789", "0912345678", null, "Phòng Tổng hợp"],
            [2, "Trần Thị Bình", "12345", "0987654321"],
            [3, null, "092123456789", "12345"]);

        var result = Read(bytes);

        Assert.Equal(3, result.Rows.Count);
        Assert.False(result.IsValid);
        Assert.Equal(
        [
            new AnnexFault(4, "Số CMND/CCCD", TestCellRules.CitizenIdMessage),
            new AnnexFault(5, "Họ tên người dùng", "bắt buộc nhập"),
            new AnnexFault(5, "Số điện thoại", TestCellRules.PhoneMessage),
        ], result.Faults);
        Assert.Equal("dòng 4, cột \"Số CMND/CCCD\": số CCCD phải có 12 chữ số", result.Faults[0].ToString());
        Assert.Equal("Trần Thị Bình", result.Rows[1]["fullName"]);
        Assert.Equal("", result.Rows[1]["birthDate"]);
    }

    [Fact]
    public void A_header_without_a_column_is_a_fault_naming_that_column()
    {
        var bytes = TestWorkbook.Create(
            ["STT", "Họ tên người dùng", "Số CMND/CCCD", "Ngày sinh", "Ghi chú"],
            [1, "Nguyễn Văn An", "079123456789", null, null]);

        var result = Read(bytes);

        Assert.Empty(result.Rows);
        var fault = Assert.Single(result.Faults);
        Assert.Equal((null, "Số điện thoại"), (fault.Row, fault.Column));
        Assert.Equal("cột \"Số điện thoại\": không có cột này ở dòng tiêu đề (dòng 1); hãy ghi đúng tên cột như tệp mẫu", fault.ToString());
    }

    [Fact]
    public void A_sheet_without_any_label_says_which_columns_the_header_needs()
    {
        var result = Read(TestWorkbook.Create(["Họ và tên", "Điện thoại"], ["Nguyễn Văn An", "0912345678"]));

        var fault = Assert.Single(result.Faults);
        Assert.StartsWith("Không tìm thấy dòng tiêu đề của bảng. Dòng tiêu đề cần có các cột: \"Họ tên người dùng\", \"Số CMND/CCCD\"", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_read_by_label_in_any_order_with_or_without_STT()
    {
        var bytes = TestWorkbook.Create(
            ["Ghi chú", "Số điện thoại", "Ngày sinh", "Số CMND/CCCD", "Họ tên người dùng"],
            ["Chuyển từ Sở Nội vụ", "0912345678", "05/03/1990", "079123456789", "Lê Hoàng Yến"]);

        var row = Assert.Single(Read(bytes).Rows);

        Assert.Equal(new Dictionary<string, string>
        {
            ["fullName"] = "Lê Hoàng Yến", ["citizenId"] = "079123456789", ["phone"] = "0912345678",
            ["birthDate"] = "05/03/1990", ["note"] = "Chuyển từ Sở Nội vụ",
        }, row.ToDictionary());
    }

    [Fact]
    public void Header_labels_match_whatever_their_case_spacing_line_breaks_or_composition()
    {
        var decomposed = "Họ tên người dùng".Normalize(System.Text.NormalizationForm.FormD);
        var bytes = TestWorkbook.Create(
            Title,
            ["stt", $"  {decomposed.ToUpperInvariant()} ", "Số CMND/\r\nCCCD", "SỐ  ĐIỆN\nTHOẠI", "ngày sinh", "GHI CHÚ"],
            [1, "Phạm Thị Ngọc Ánh".Normalize(System.Text.NormalizationForm.FormD), "079123456789", "0912345678"]);

        var result = Read(bytes);

        Assert.Empty(result.Faults);
        Assert.Equal("Phạm Thị Ngọc Ánh", Assert.Single(result.Rows)["fullName"]);
    }

    [Fact]
    public void Rich_text_cells_read_as_their_whole_text()
    {
        var bytes = TestWorkbook.Create(
            ["STT", "Họ tên người dùng", new TestWorkbook.Runs("Số CMND/", "CCCD"), "Số điện thoại", "Ngày sinh", "Ghi chú"],
            [1, new TestWorkbook.Runs("Nguyễn ", "Văn An"), "079123456789", "0912345678"]);

        var result = Read(bytes);

        Assert.Empty(result.Faults);
        Assert.Equal("Nguyễn Văn An", Assert.Single(result.Rows)["fullName"]);
    }

    [Fact]
    public void Empty_rows_and_rows_with_only_a_number_are_skipped_and_row_numbers_stay_true()
    {
        var bytes = TestWorkbook.Create(
        [
            (1, Header()),
            (2, [1, "Nguyễn Văn An", "079123456789", "0912345678"]),
            (3, [2, null, null, null, null, "   "]),
            (7, [3]),
            (10, [4, "Võ Minh Đức", "079123456789", "091234"]),
        ]);

        var result = Read(bytes);

        Assert.Equal(["Nguyễn Văn An", "Võ Minh Đức"], result.Rows.Select(r => r["fullName"]));
        Assert.Equal(new AnnexFault(10, "Số điện thoại", TestCellRules.PhoneMessage), Assert.Single(result.Faults));
    }

    [Fact]
    public void A_header_below_notes_or_on_the_filled_template_is_found()
    {
        var filled = TestWorkbook.Fill(AnnexWorkbook.CreateTemplate(Procedure, Individuals), [["Đặng Thu Hà", "001123456789", "0345678901", "20/11/1988", null]]);

        var result = Read(filled);

        Assert.Empty(result.Faults);
        Assert.Equal("20/11/1988", Assert.Single(result.Rows)["birthDate"]);
    }

    [Fact]
    public void Both_tables_of_a_published_annex_on_one_sheet_are_read_each_by_its_own_field()
    {
        var (_, organizations) = ShippedAnnexFields.Find("cto-mailbox-new", "organizations");
        var (_, individuals) = ShippedAnnexFields.Find("cto-mailbox-new", "individuals");
        var bytes = TestWorkbook.Create(
            ["PHỤ LỤC I"],
            ["1. Yêu cầu cấp mới hộp thư điện tử đối với cơ quan nhà nước, đơn vị:"],
            ["STT", .. organizations.Columns.Select(c => c.Label)],
            [1, "Phòng Văn hóa và Thông tin quận Ninh Kiều", "UBND quận Ninh Kiều", "Lê Thị Cúc, 0912345678, ltcuc@cantho.gov.vn", "0939123456"],
            [],
            ["2. Yêu cầu cấp mới hộp thư điện tử đối với cá nhân:"],
            ["STT", .. individuals.Columns.Select(c => c.Label)],
            [1, "Huỳnh Văn Bé", "UBND quận Ninh Kiều", "Phòng Nội vụ", "Chuyên viên", "092123456789", "0912345678"],
            [2, "Châu Ngọc Hân", "UBND quận Ninh Kiều", "Phòng Nội vụ", "Chuyên viên", "092987654321", "0987654321"]);

        var first = AnnexWorkbook.Read(new MemoryStream(bytes), organizations, TestCellRules.Check, AnnexLimits.Default);
        var second = AnnexWorkbook.Read(new MemoryStream(bytes), individuals, TestCellRules.Check, AnnexLimits.Default);

        Assert.Empty(first.Faults);
        Assert.Equal(["Phòng Văn hóa và Thông tin quận Ninh Kiều"], first.Rows.Select(r => r["organizationName"]));
        Assert.Empty(second.Faults);
        Assert.Equal(["Huỳnh Văn Bé", "Châu Ngọc Hân"], second.Rows.Select(r => r["fullName"]));
    }

    [Fact]
    public void Too_many_rows_are_refused_with_the_limit()
    {
        var rows = Enumerable.Range(1, 4).Select(i => new object?[] { i, $"Người {i}", "079123456789", "0912345678" });
        var bytes = TestWorkbook.Create([Header(), .. rows]);

        var byLimits = Read(bytes, AnnexLimits.Default with { MaxRows = 3 });
        var byField = AnnexWorkbook.Read(new MemoryStream(bytes), Individuals with { MaxRows = 2 }, TestCellRules.Check, AnnexLimits.Default);

        Assert.Empty(byLimits.Rows);
        Assert.Equal("Bảng có nhiều hơn 3 dòng dữ liệu; mỗi lần chỉ nhận tối đa 3 dòng.", Assert.Single(byLimits.Faults).ToString());
        Assert.Contains("nhiều hơn 2 dòng", Assert.Single(byField.Faults).Message, StringComparison.Ordinal);
        Assert.Empty(Read(bytes, AnnexLimits.Default with { MaxRows = 4 }).Faults);
    }

    [Fact]
    public void Fewer_rows_than_the_field_needs_are_a_fault()
    {
        var bytes = TestWorkbook.Create(Header(), [1, "Nguyễn Văn An", "079123456789", "0912345678"]);

        var result = AnnexWorkbook.Read(new MemoryStream(bytes), Individuals with { MinRows = 2 }, TestCellRules.Check, AnnexLimits.Default);

        Assert.Equal("Bảng cần ít nhất 2 dòng dữ liệu, tệp chỉ có 1 dòng.", Assert.Single(result.Faults).ToString());
    }

    [Fact]
    public void Rows_are_read_from_a_stream_that_cannot_seek()
    {
        var bytes = TestWorkbook.Create(Header(), [1, "Nguyễn Văn An", "079123456789", "0912345678"]);

        var result = AnnexWorkbook.Read(new ForwardOnlyStream(bytes), Individuals, TestCellRules.Check, AnnexLimits.Default with { MaxBytes = bytes.Length });

        Assert.Empty(result.Faults);
        Assert.Single(result.Rows);
    }
}
