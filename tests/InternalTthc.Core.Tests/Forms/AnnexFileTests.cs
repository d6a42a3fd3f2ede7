using System.IO.Compression;
using System.Text;
using InternalTthc.Core.Forms;
using static InternalTthc.Core.Tests.Forms.AnnexTestField;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Files that are no annex list at all: one clear fault each, and no rows.</summary>
public sealed class AnnexFileTests
{
    private const string NotWorkbook = "Tệp không phải bảng tính Excel (.xlsx) hợp lệ.";

    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "text", Encoding.UTF8.GetBytes("Họ tên;Số điện thoại\nNguyễn Văn An;0912345678") },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj") },
        { "zip without a workbook", Zip(("danh-sach.txt", "Nguyễn Văn An")) },
        { "docx-like package", Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")) },
        { "truncated xlsx", AnnexWorkbook.CreateTemplate(Procedure, Individuals)[..1500] },
        { "broken sheet xml", Edited("xl/worksheets/sheet1.xml", xml => xml[..(xml.Length / 2)]) },
        // Found by fuzzing: the package reader throws ArgumentException for a content type that is not type/subtype.
        { "content type not type/subtype", Edited("[Content_Types].xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "ContentType=\"[^\"]*\"", "ContentType=\"xml\"")) },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void A_file_that_is_no_xlsx_is_one_clear_fault(string what, byte[] bytes)
    {
        var result = Read(bytes);

        Assert.Empty(result.Rows);
        var fault = Assert.Single(result.Faults);
        Assert.True(fault.Message == NotWorkbook, $"{what}: {fault}");
        Assert.Equal(NotWorkbook, fault.ToString());
    }

    [Fact]
    public void A_password_protected_or_old_xls_file_is_told_apart()
    {
        // Encrypted .xlsx and .xls files are OLE compound files: this is their signature.
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var fault = Assert.Single(Read(compound).Faults);

        Assert.StartsWith(NotWorkbook, fault.Message, StringComparison.Ordinal);
        Assert.Contains("mật khẩu", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_stream_is_an_empty_file()
    {
        var result = AnnexWorkbook.Read(new MemoryStream(), Individuals, TestCellRules.Check, AnnexLimits.Default);

        Assert.Equal([new AnnexFault(null, null, "Tệp trống, không có nội dung.")], result.Faults);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_opened()
    {
        var bytes = AnnexWorkbook.CreateTemplate(Procedure, Individuals);

        var seekable = Read(bytes, AnnexLimits.Default with { MaxBytes = 2048 });
        var forwardOnly = AnnexWorkbook.Read(new ForwardOnlyStream(bytes), Individuals, TestCellRules.Check, AnnexLimits.Default with { MaxBytes = 2048 });

        Assert.Equal("Tệp lớn hơn dung lượng cho phép (2 KB).", Assert.Single(seekable.Faults).ToString());
        Assert.Equal(seekable.Faults, forwardOnly.Faults);
    }

    [Fact]
    public void A_package_that_unpacks_far_beyond_the_limit_is_refused()
    {
        var bomb = Zip(("xl/worksheets/sheet1.xml", new string(' ', 4_000_000)));

        var result = Read(bomb, AnnexLimits.Default with { MaxBytes = 100_000 });

        Assert.StartsWith("Tệp lớn hơn dung lượng cho phép", Assert.Single(result.Faults).Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }

    // A sound package whose list sheet is cut off mid-element.
    /// <summary>A real template with one part's text changed by <paramref name="edit"/>.</summary>
    private static byte[] Edited(string part, Func<string, string> edit)
    {
        using var memory = new MemoryStream();
        memory.Write(AnnexWorkbook.CreateTemplate(Procedure, Individuals));
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(edit(xml));
        }

        return memory.ToArray();
    }
}
