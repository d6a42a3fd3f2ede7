using InternalTthc.Core.Files;

namespace InternalTthc.Core.Tests.Files;

/// <summary>A file's kind is its extension, confirmed by its first bytes where they say something.</summary>
public sealed class FileKindsTests
{
    [Theory]
    [InlineData("cong-van.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, true)]
    [InlineData("cong-van.PDF", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, true)]
    [InlineData("cong-van.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, false)]
    [InlineData("danh-sach.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, true)]
    [InlineData("danh-sach.xlsx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, false)]
    [InlineData("to-trinh.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, true)]
    [InlineData("anh-chup.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, true)]
    [InlineData("anh-chup.png", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, false)]
    [InlineData("rong.zip", new byte[] { 0x50, 0x4B, 0x05, 0x06 }, true)]
    [InlineData("trong.pdf", new byte[0], false)]
    [InlineData("ghi-chu.txt", new byte[] { 0x4D, 0x5A }, true)] // no signature known: the extension decides
    public void The_first_bytes_must_fit_the_extension(string name, byte[] head, bool fits) =>
        Assert.Equal(fits, FileKinds.Matches(FileKinds.Extension(name), head));

    [Fact]
    public void The_kept_type_comes_from_the_extension_never_from_the_sender()
    {
        Assert.Equal("application/pdf", FileKinds.ContentType(FileKinds.Extension("Công văn 15.PDF")));
        Assert.Equal("application/vnd.oasis.opendocument.spreadsheet", FileKinds.ContentType("ods"));
        Assert.Equal("application/octet-stream", FileKinds.ContentType("exe"));
        Assert.Equal("", FileKinds.Extension("khong-co-duoi"));
    }
}
