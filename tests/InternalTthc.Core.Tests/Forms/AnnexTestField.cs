using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>A rows field built in code, with a date column the shipped catalog does not have.</summary>
internal static class AnnexTestField
{
    public static FormField Individuals { get; } = new()
    {
        Name = "individuals",
        Label = "Yêu cầu cấp mới hộp thư điện tử đối với cá nhân",
        Type = FieldType.Rows,
        Help = "Mỗi dòng một người dùng.",
        Columns =
        [
            new FormField { Name = "fullName", Label = "Họ tên người dùng", Type = FieldType.Text, Required = true, MaxLength = 150 },
            new FormField { Name = "citizenId", Label = "Số CMND/CCCD", Type = FieldType.CitizenId, Required = true },
            new FormField { Name = "phone", Label = "Số điện thoại", Type = FieldType.Phone, Required = true },
            new FormField { Name = "birthDate", Label = "Ngày sinh", Type = FieldType.Date },
            new FormField { Name = "note", Label = "Ghi chú", Type = FieldType.Text },
        ],
    };

    public static Procedure Procedure { get; } = TestCatalog.Procedure("tst-annex");

    /// <summary>The labels in column order, as a header row from column A.</summary>
    public static object?[] Header(bool withNumber = true) =>
        [.. (withNumber ? ["STT"] : Array.Empty<string>()), .. Individuals.Columns.Select(c => c.Label)];

    public static AnnexReadResult Read(byte[] bytes, AnnexLimits? limits = null) =>
        AnnexWorkbook.Read(new MemoryStream(bytes), Individuals, TestCellRules.Check, limits ?? AnnexLimits.Default);
}
