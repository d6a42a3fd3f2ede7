using System.Text.Json.Nodes;
using InternalTthc.Bot.Commands;

namespace InternalTthc.Bot.Tests.Commands;

/// <summary>`catalog list` and `catalog check FILE` as an administrator reads them.</summary>
public sealed class CatalogCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "catalog");

    [Fact]
    public async Task The_list_shows_the_published_and_the_current_names_and_what_is_left_to_record()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CatalogCommands.ListAsync(Folder, output, new DateOnly(2026, 3, 2), Ct));
        var text = output.ToString();
        Assert.Contains("Tỉnh Thừa Thiên Huế (thua-thien-hue) → hiện nay: Thành phố Huế", text);
        Assert.Matches(@"cơ quan hyn-so-tttt +Sở Thông tin và Truyền thông → hiện nay: Sở Khoa học và Công nghệ", text);
        Assert.Contains("hợp nhất thêm Tỉnh Sóc Trăng, Tỉnh Hậu Giang từ 01/07/2025", text);
        Assert.Contains("hyn-dti-district", text);
        Assert.Contains("[tạm dừng từ 01/07/2025: Từ ngày 01/7/2025 chính quyền địa phương tổ chức hai cấp", text);
        Assert.Matches(@"bn-mailbox-password +2 giờ, từ receipt +Cấp lại mật khẩu hộp thư điện tử", text);
        Assert.Contains("mốc (requester): 15 ngày, từ formDate 'decisionDate' — Gửi văn bản đề nghị chấm dứt hoạt động hộp thư", text);
        Assert.Matches(@"sự kiện bn-mailbox-suspension +Tạm dừng hoạt động hộp thư điện tử công vụ \(khôi phục: bn-mailbox-restore\)", text);
        Assert.Contains("CHƯA GHI (quản trị viên cần bổ sung): Tên mới (nếu có) của Trung tâm Công nghệ thông tin và Truyền thông (hyn-ttcntt)", text);
        Assert.Contains("19 thủ tục, 5 địa phương, ngày 02/03/2026.", text);
    }

    [Fact]
    public async Task A_file_that_takes_another_jurisdictions_prefix_and_agency_is_refused_naming_both_files()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-check-");
        var copy = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "bac-ninh.json"), Ct), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        copy["jurisdiction"]!["code"] = "bac-giang";
        copy["jurisdiction"]!["casePrefix"] = "HYN";
        foreach (var p in copy["procedures"]!.AsArray()) p!["code"] = p["code"]!.GetValue<string>().Replace("bn-", "bg-", StringComparison.Ordinal);
        copy["systemEvents"]![0]!["code"] = "bg-mailbox-suspension";
        copy["systemEvents"]![0]!["undoneBy"] = "bg-mailbox-restore";
        var file = Path.Combine(folder.FullName, "bac-giang.json");
        await File.WriteAllTextAsync(file, copy.ToJsonString(), Ct);

        var output = new StringWriter();
        Assert.Equal(1, await CatalogCommands.CheckAsync(new FileInfo(file), Folder, output, Ct));
        var text = output.ToString();
        Assert.Contains("bac-giang.json, hung-yen.json: jurisdiction: tiền tố mã hồ sơ 'HYN' đã dùng ở tệp khác (casePrefix must be unique)", text);
        Assert.Contains("bac-giang.json, bac-ninh.json: agencies: mã cơ quan 'bn-so-khcn' đã dùng ở tệp khác", text);
        Assert.Contains("bac-giang.json: 3 lỗi.", text);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_shipped_file_checks_clean_with_the_folder()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CatalogCommands.CheckAsync(new FileInfo(Path.Combine(Folder, "hung-yen.changes.json")), Folder, output, Ct));
        Assert.Contains("hung-yen.changes.json: hợp lệ (19 thủ tục trong 5 địa phương", output.ToString());
    }
}
