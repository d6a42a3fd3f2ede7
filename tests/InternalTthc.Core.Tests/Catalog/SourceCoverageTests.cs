using InternalTthc.Testing;
using System.Text;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>
/// Every procedure the five source documents and the sixth (Bắc Ninh's regulation) define, listed here by hand from the
/// documents, must be in the catalogs. Published names must also appear word for word in their document; of the sixth,
/// which is a regulation and publishes no procedure fields, every text the catalog quotes must.
/// </summary>
public sealed class SourceCoverageTests
{
    /// <summary>(seed file, jurisdiction, published name or the regulation's article, whether the name is published verbatim).</summary>
    public static TheoryData<string, string, string, bool> Expected => new()
    {
        { "000_26652d61278ae749.txt", "lai-chau", "Cấp mới và thay đổi thông tin tài khoản thư điện tử công vụ", true },
        { "000_26652d61278ae749.txt", "lai-chau", "Chấm dứt hoạt động tài khoản thư điện tử công vụ", true },
        { "001_9d5d4c7a1bf22cfc.txt", "can-tho", "Thủ tục Cấp mới hộp thư điện tử", true },
        { "001_9d5d4c7a1bf22cfc.txt", "can-tho", "Thủ tục Cấp lại mật mã hộp thư điện tử", true },
        { "002_8ed343c028ff55dd.txt", "hung-yen", "Cấp mới, thay đổi, thu hồi hộp thư công vụ", true },
        { "002_8ed343c028ff55dd.txt", "hung-yen", "Khôi phục hộp thư điện tử công vụ", true },
        { "002_8ed343c028ff55dd.txt", "hung-yen", "Cấp tỉnh: Đánh giá, xếp hạng mức độ chuyển đổi số", true },
        { "002_8ed343c028ff55dd.txt", "hung-yen", "Cấp huyện: Đánh giá, xếp hạng mức độ chuyển đổi số", true },
        { "003_34606296c78e530e.txt", "thua-thien-hue", "Cấp mới, thay đổi, thu hồi hộp thư điện tử", true },
        { "003_34606296c78e530e.txt", "thua-thien-hue", "Cấp phát, cập nhật, thu hồi các tài khoản truy cập vào hệ thống thông tin của các hệ thống thông tin/cơ sở dữ liệu (HTTT/CSDL) do tỉnh quản lý", true },
        { "003_34606296c78e530e.txt", "thua-thien-hue", "Ứng cứu sự cố an toàn thông tin của các hệ thống thông tin/cơ sở dữ liệu do tỉnh quản lý", true },
        { "003_34606296c78e530e.txt", "thua-thien-hue", "Xếp loại mức độ chuyển đổi số của các cơ quan nhà nước trên địa bàn tỉnh", true },
        { "004_c0b6c67e3ba7ccc4.txt", "lai-chau", "Điều 17", false },
        { "004_c0b6c67e3ba7ccc4.txt", "lai-chau", "Điều 19", false },
        { "004_c0b6c67e3ba7ccc4.txt", "lai-chau", "Điều 25", false },
        { BacNinh, "bac-ninh", "Điều 6 khoản 1", false },
        { BacNinh, "bac-ninh", "Điều 6 khoản 2", false },
        { BacNinh, "bac-ninh", "Điều 7 khoản 2", false },
        { BacNinh, "bac-ninh", "Điều 7 khoản 3", false },
    };

    private const string BacNinh = "bac-ninh-79-2025-QD-UBND.txt";

    private static readonly Lazy<ProcedureCatalog> Catalog = new(() =>
        new CatalogLoader().LoadFolderAsync(PublishedCatalogTests.Folder, CancellationToken.None).GetAwaiter().GetResult());

    [Theory]
    [MemberData(nameof(Expected))]
    public void Procedure_of_the_source_is_in_the_catalog(string seed, string jurisdiction, string name, bool published)
    {
        var procedures = Catalog.Value.ForJurisdiction(jurisdiction);
        var match = published ? procedures.SingleOrDefault(p => Matches(p, name)) : procedures.SingleOrDefault(p => p.Source.Section.Contains(name, StringComparison.Ordinal));
        Assert.True(match is not null, $"{seed}: no catalog entry of {jurisdiction} for \"{name}\"");
        Assert.NotEmpty(match.Form);
        Assert.NotEmpty(match.Keywords);

        if (published && RepositoryPaths.Seeds is { } seeds)
        {
            var text = Normalize(File.ReadAllText(Path.Combine(seeds, seed)));
            Assert.Contains(Normalize(match.Name), text);
            Assert.Contains(Normalize((match.Published.DeadlineText ?? "").TrimEnd('.')), text);
        }
    }

    [Fact]
    public void Every_catalog_entry_comes_from_a_listed_source()
    {
        var listed = Expected.Select(r => (r.Data.Item2, r.Data.Item3)).ToList();
        var unlisted = Catalog.Value.Procedures.Where(p => !listed.Any(l => l.Item1 == p.JurisdictionCode
            && (Matches(p, l.Item2) || p.Source.Section.Contains(l.Item2, StringComparison.Ordinal)))).Select(p => p.Code).ToList();
        Assert.Empty(unlisted);
        Assert.True(Catalog.Value.Procedures.Count() >= 14);
    }

    [Fact]
    public void Seed_documents_are_beside_the_clone_or_the_reason_is_printed()
    {
        if (RepositoryPaths.Seeds is null)
        {
            Assert.Skip("../shared/seeds is not beside this clone, so published names were not compared with the documents' text.");
        }

        Assert.Equal(5, System.IO.Directory.GetFiles(RepositoryPaths.Seeds, "0*.txt").Length);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Seeds, BacNinh)));
    }

    [Fact]
    public void Every_text_the_sixth_document_gives_is_quoted_word_for_word()
    {
        var seeds = RepositoryPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/seeds is not beside this clone, so the Bắc Ninh texts were not compared with the regulation.");
        }

        // The text was converted from a web page: its Markdown marks are not words of the regulation.
        var text = Normalize(File.ReadAllText(Path.Combine(seeds, BacNinh)).Replace("*", "", StringComparison.Ordinal).Replace("|", " ", StringComparison.Ordinal)).ToLowerInvariant();
        var file = Catalog.Value.Files.Single(f => f.Jurisdiction.Code == "bac-ninh");
        var quoted = file.Procedures.SelectMany(p => Quotes(p).Select(q => (p.Code, Text: q)))
            .Concat(file.SystemEvents.SelectMany(e => new[] { (e.Code, Text: e.Text), (e.Code, Text: e.Name) }));
        var missing = quoted.Where(q => !text.Contains(Normalize(q.Text.TrimEnd('.')).ToLowerInvariant(), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        Assert.Contains(file.SystemEvents, e => e.Source.Section.Contains("Điều 7 khoản 1", StringComparison.Ordinal) && e.UndoneBy == "bn-mailbox-restore");
    }

    /// <summary>The procedure's name and every published text, and its milestones' sentences.</summary>
    private static IEnumerable<string> Quotes(Procedure p)
    {
        var f = p.Published;
        return new[] { p.Name, f.DossierCount, f.DeadlineText, f.Subjects, f.Result, f.Fee, f.FormName, f.Conditions }.OfType<string>()
            .Concat(f.Steps).Concat(f.Channels).Concat(f.DossierComponents).Concat(f.LegalBasis).Concat(f.Agencies.Select(a => a.Name))
            .Concat(p.Milestones.Select(m => m.Text).OfType<string>());
    }

    /// <summary>"Cấp tỉnh: name" matches by level when the same name is published at two levels.</summary>
    private static bool Matches(Procedure p, string expected)
    {
        var parts = expected.Split(": ", 2);
        return parts.Length == 2 && parts[0].StartsWith("Cấp", StringComparison.Ordinal)
            ? p.Level == parts[0] && Normalize(p.Name) == Normalize(parts[1])
            : Normalize(p.Name) == Normalize(expected);
    }

    private static string Normalize(string s) => string.Join(' ', s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
