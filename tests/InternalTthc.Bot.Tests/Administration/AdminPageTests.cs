using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Administration;

/// <summary>
/// The administrator page in Debian's Chromium behind the sign-in proxy's header: refused to a focal point; an
/// administrator imports a faulty directory file and reads its faults by row and column, adds a day off that the
/// running deadline calculator counts at once, and reloads the catalog.
/// </summary>
public sealed class AdminPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_imports_adds_a_day_off_and_reloads_the_catalog_and_a_focal_point_is_refused()
    {
        await using var host = await ServiceTestHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var url = new Uri(host.Address, "/quan-tri").ToString();

        var focal = await browser.NewPageAsync(new BrowserNewPageOptions { ExtraHTTPHeaders = new Dictionary<string, string> { [DirectLineTestClient.ProxyHeader] = "lcu.daumoi" } });
        var refused = await focal.GotoAsync(url);
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(focal.Locator("main")).ToContainTextAsync("chỉ dành cho quản trị viên");

        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1100, Height = 1400 },
            ExtraHTTPHeaders = new Dictionary<string, string> { [DirectLineTestClient.ProxyHeader] = "lcu.quantri" },
        });
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Quản trị trợ lý thủ tục nội bộ");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("lai-chau");

        await page.Locator("#tep").SetInputFilesAsync(new FilePayload
        {
            Name = "can-bo.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Tên đăng nhập,Họ và tên,Mã đơn vị,Vai trò\nan@laichau.gov.vn,Lò Văn An,lcu-demo-so-noi-vu,đầu mối\nbinh@cantho.gov.vn,,cto-stttt,đầu mối\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập danh bạ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ket-qua")).ToContainTextAsync("không nạp gì");
        var faults = page.Locator("#loi tbody tr");
        await Assertions.Expect(faults.Filter(new() { HasText = "Họ và tên" })).ToContainTextAsync("bắt buộc nhập");
        await Assertions.Expect(faults.Filter(new() { HasText = "Họ và tên" }).Locator("td").Nth(1)).ToHaveTextAsync("3");

        await page.Locator("#ngay").FillAsync("24/11/2026");
        await page.Locator("#ly-do").FillAsync("Ngày Văn hóa Việt Nam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm ngày" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ket-qua")).ToContainTextAsync("Đã thêm ngày nghỉ 24/11/2026");
        await Assertions.Expect(page.Locator("#lich table")).ToContainTextAsync("lcu.quantri");
        var due = host.Services.GetRequiredService<IDeadlineCalculator>()
            .ComputeDue("lai-chau", DeadlineRule.WorkingDays(2), new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTime(2026, 11, 25), VietnamTime.ToLocal(due!.Value).Date);

        await page.GetByRole(AriaRole.Button, new() { Name = "Nạp lại danh mục từ thư mục" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ket-qua")).ToContainTextAsync("Đã nạp lại danh mục");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "internaltthc-admin-page.png"), FullPage = true });
    }
}
