using System.Text;
using InternalTthc.Core.Files;

namespace InternalTthc.Core.Tests.Files;

/// <summary>The local file store keeps names safe, areas apart and nothing of a file over the limit.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "internaltthc-files-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\a\\báo cáo quý 1.pdf", "báo cáo quý 1.pdf")]
    [InlineData("..", "tep")]
    [InlineData(".env", "env")]
    [InlineData("a<b>:c|d?.png", "a_b__c_d_.png")]
    [InlineData("tab\there.txt", "tab_here.txt")]
    [InlineData(null, "tep")]
    public void Names_from_outside_become_safe_file_names(string? name, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name));

    [Fact]
    public void A_very_long_name_keeps_its_extension()
    {
        var name = FileNames.Sanitize(new string('x', 300) + ".docx");

        Assert.Equal(100, name.Length);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_file_is_read_back_only_from_its_own_area_and_can_be_deleted()
    {
        var store = new LocalFileStore(new FileStoreOptions { Folder = _folder });
        var saved = await store.SaveAsync("conversation-1", "../ảnh.png", "image/png", new MemoryStream([1, 2, 3]), 10, Ct);

        var opened = (await store.OpenAsync("conversation-1", saved.Id, Ct))!;
        var bytes = new byte[4];
        await using (opened.Content)
        {
            Assert.Equal(3, await opened.Content.ReadAtLeastAsync(bytes, 4, throwOnEndOfStream: false, Ct));
        }

        Assert.Equal(new StoredFile(saved.Id, "ảnh.png", "image/png", 3), opened.File);
        Assert.Equal([1, 2, 3, 0], bytes);
        Assert.Null(await store.OpenAsync("conversation-2", saved.Id, Ct));
        Assert.Null(await store.OpenAsync("conversation-1", "../" + saved.Id, Ct));
        await store.DeleteAsync("conversation-1", saved.Id, Ct);
        Assert.Null(await store.OpenAsync("conversation-1", saved.Id, Ct));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_nothing_is_left()
    {
        var store = new LocalFileStore(new FileStoreOptions { Folder = _folder });

        var error = await Assert.ThrowsAsync<FileTooLargeException>(() =>
            store.SaveAsync("c", "big.txt", "text/plain", new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 11))), 10, Ct));

        Assert.Equal(10, error.MaxBytes);
        Assert.Empty(System.IO.Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
