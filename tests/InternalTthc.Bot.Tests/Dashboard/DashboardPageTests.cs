using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Dashboard;

/// <summary>
/// A leader of Cần Thơ reads the dashboard in Debian's Chromium: signs in, sees the tables and their charts say what the
/// seeded cases are (counted here from the plan, not by the service), filters by procedure, and downloads the exports.
/// </summary>
public sealed class DashboardPageTests
{
    private const string Password = "cto-mailbox-password";
    private const string NewMailbox = "cto-mailbox-new";

    /// <summary>What each seeded case becomes: its procedure, and early, on time, late, still open or not received.</summary>
    private static readonly (string Procedure, string Fate, int? Rating)[] Plan =
    [
        (Password, "early", 5), (Password, "onTime", null), (NewMailbox, "late", 3), (NewMailbox, "open", null), (Password, "filed", null),
    ];

    [Fact]
    public async Task A_leader_reads_true_figures_filters_them_and_downloads_them()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        await SeedAsync(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await CspViolations.WatchAsync(page);

        await page.GotoAsync(new Uri(host.Address, "bang-dieu-khien").ToString());
        await page.Locator("button[data-login='cto.lanhdao']").ClickAsync();
        await Assertions.Expect(page.Locator("#scope")).ToHaveTextAsync("Thành phố Cần Thơ — từ 01/01/2026 đến 05/03/2026");

        // Counted from the plan: 5 filed, 3 finished (1 early, 1 on time, 1 late), 1 open past its deadline, ratings 5 and 3.
        var finished = Plan.Count(p => p.Fate is "early" or "onTime" or "late");
        Assert.Equal(["Hồ sơ gửi trong kỳ", "5", "Hồ sơ đã giải quyết trong kỳ", $"{finished}", "Tỷ lệ giải quyết trước và đúng hạn (%)", "66,7",
            "Hồ sơ đang quá hạn", "1", "Thời gian xử lý trung bình (ngày làm việc)", "1,9", "Điểm hài lòng trung bình (trên 5)", "4,0"], await CellsAsync(page, "Overview"));
        Assert.Equal(["Cấp lại mật khẩu hộp thư", "2", "1", "1", "0", "50,0", "50,0", "0,0", "1,4", "Cấp mới hộp thư điện tử", "1", "0", "0", "1", "0,0", "0,0", "100,0", "3,0"],
            await CellsAsync(page, "ByProcedure"));
        Assert.Equal(["Đã gửi, chờ tiếp nhận", "1", "Đã tiếp nhận", "1", "Đã có kết quả", "3"], await CellsAsync(page, "ByStatus"));
        Assert.Contains("1,5", await CellsAsync(page, "Overdue")); // Thursday 07:30 to 09:00
        Assert.Equal(["5 — Rất hài lòng", "1", "4 — Hài lòng", "0", "3 — Bình thường", "1", "2 — Chưa hài lòng", "0", "1 — Rất không hài lòng", "0"], await CellsAsync(page, "Ratings"));

        // Each chart draws its table's own numbers.
        Assert.Equal("[[1,0],[1,0],[0,1]]", await ChartAsync(page, "ByProcedure"));
        Assert.Equal("[[1,0,1,0,0]]", await ChartAsync(page, "Ratings"));
        await ScreenshotAsync(page, "dashboard-leader.png");

        // Filtered to one procedure, every table counts only its cases.
        await page.Locator("select[name='thu-tuc']").SelectOptionAsync(new SelectOptionValue { Label = "Cấp lại mật khẩu hộp thư" });
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("section[data-table='Overview'] tbody tr").Nth(1)).ToContainTextAsync("2");
        Assert.Equal(["Cấp lại mật khẩu hộp thư", "2", "1", "1", "0", "50,0", "50,0", "0,0", "1,4"], await CellsAsync(page, "ByProcedure"));
        Assert.Equal("[[1],[1],[0]]", await ChartAsync(page, "ByProcedure"));
        Assert.Contains("thu-tuc=cto-mailbox-password", page.Url);

        // The exports carry the same figures.
        var xlsx = await DownloadAsync(page, page.Locator("#export-xlsx"));
        using (var workbook = SpreadsheetDocument.Open(await xlsx.PathAsync(), false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(8, sheets.Count);
            Assert.Equal("4. Theo thủ tục", sheets[3]);
            var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(3).Id!);
            var row = part.Worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == 5);
            Assert.Equal(["2", "1", "1", "0"], row.Elements<Cell>().Skip(1).Take(4).Select(c => c.CellValue!.Text));
        }

        var csv = await DownloadAsync(page, page.Locator("section[data-table='ByProcedure'] h2 a"));
        var text = await File.ReadAllTextAsync(await csv.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("Cấp lại mật khẩu hộp thư,2,1,1,0,\"50,0\",\"50,0\",\"0,0\",\"1,4\"", text);
        await ScreenshotAsync(page, "dashboard-leader-filtered.png");
        Assert.Empty(await CspViolations.OfAsync(page)); // Chart.js and the page's scripts run under the policy
    }

    /// <summary>Files the plan's cases on Monday 2 March 2026 and moves them through the week (deadline: Wednesday 17:00).</summary>
    private static async Task SeedAsync(ServiceTestHost host)
    {
        var history = new CaseHistory(host);
        var codes = new List<string>();
        foreach (var (procedure, fate, _) in Plan.Where(p => p.Fate != "filed"))
        {
            codes.Add(await history.Desk.FileAsync("cto.daumoi", procedure));
        }

        history.At(2, 9, 10);
        foreach (var code in codes) await history.ReceiveAsync(code, "cto.cntt");
        history.At(2, 10);
        await history.ResolveAsync(codes[0], "cto.cntt");
        history.At(4, 16);
        await history.ResolveAsync(codes[1], "cto.cntt");
        history.At(5, 9);
        await history.ResolveAsync(codes[2], "cto.cntt");
        await history.Desk.FileAsync("cto.daumoi", Password);
        foreach (var (code, rating) in codes.Zip(Plan.Select(p => p.Rating)).Where(x => x.Second is not null))
        {
            await history.RateAsync(code, "cto.daumoi", rating!.Value);
        }
    }

    private static async Task<List<string>> CellsAsync(IPage page, string table) =>
        [.. await page.Locator($"section[data-table='{table}'] tbody td").AllInnerTextsAsync()];

    /// <summary>The numbers a chart draws, dataset by dataset, as Chart.js holds them.</summary>
    private static Task<string> ChartAsync(IPage page, string table) =>
        page.EvaluateAsync<string>($"() => JSON.stringify(Chart.getChart(document.querySelector(\"section[data-table='{table}'] canvas\")).data.datasets.map(d => d.data))");

    private static async Task<IDownload> DownloadAsync(IPage page, ILocator link)
    {
        var download = page.WaitForDownloadAsync();
        await link.ClickAsync();
        return await download;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
