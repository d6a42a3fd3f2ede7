using System.Text.Json;
using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// An IT agent of Cần Thơ reads a password reset for three people on its card in the real Web Chat (Debian's Chromium):
/// every answer and every row with every column, at Web Chat's width; a list of 14 people shows its first rows and
/// downloads whole as .xlsx.
/// </summary>
public sealed class WebChatCaseContentTests
{
    internal static readonly string[][] ThreePeople =
    [
        ["Nguyễn Văn An", "Phòng Kế hoạch - Sở Tài chính", "Chuyên viên", "0913111001", "an.nv@cantho.gov.vn", "quên mật khẩu"],
        ["Trần Thị Bình", "Phòng Kế toán - Sở Tài chính", "Kế toán viên", "0913111002", "binh.tt@cantho.gov.vn", "bị khóa sau 5 lần nhập sai"],
        ["Lê Văn Cường", "Văn phòng Sở Tài chính", "Phó Chánh Văn phòng", "0913111003", "cuong.lv@cantho.gov.vn", ""],
    ];

    [Fact]
    public async Task An_agent_reads_every_row_of_a_request_on_its_card_and_downloads_a_long_list_whole()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        var three = await desk.FileAsync("cto.daumoi", "cto-mailbox-password", Answers(ThreePeople));
        var fourteen = await desk.FileAsync("cto.daumoi", "cto-mailbox-password", Answers([.. Enumerable.Range(1, 14).Select(i =>
            new[] { $"Người dùng số {i}", "Sở Tài chính", "Chuyên viên", $"09131110{i:00}", $"nguoidung{i}@cantho.gov.vn", "" })]));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 2400 } });
        await page.GotoAsync(host.Address.ToString());
        await page.Locator("button[data-login='cto.cntt']").ClickAsync();
        await Assertions.Expect(WebChatCaseHandlingTests.Bot(page).Filter(new LocatorFilterOptions { HasText = "Xin chào Trương Thanh Tâm (demo)!" }).First).ToBeVisibleAsync();

        // The queue says in a line what each case asks.
        await WebChatPasswordResetTests.SayAsync(page, "hàng đợi");
        var queue = WebChatCaseHandlingTests.Bot(page).Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "Hồ sơ cần xử lý" }).Last;
        await Assertions.Expect(queue).ToContainTextAsync("3 dòng: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường");
        await Assertions.Expect(queue).ToContainTextAsync("14 dòng: Người dùng số 1, Người dùng số 2, Người dùng số 3, …");
        await Screenshot(queue, "webchat-case-content-queue.png");

        await WebChatPasswordResetTests.SayAsync(page, $"tra cứu {three}");
        var card = WebChatCaseHandlingTests.Bot(page).Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = $"Hồ sơ {three}" }).Last;
        await Assertions.Expect(card).ToContainTextAsync("Nội dung đề nghị");
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"Số công văn đề nghị\s+125/STC-VP"));
        await Assertions.Expect(card).ToContainTextAsync("Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân (3 dòng)");
        foreach (var (person, row) in ThreePeople.Select((p, i) => (p, i + 1)))
        {
            var block = card.Locator(".ac-container").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^Dòng {row}") }).Last;
            foreach (var cell in person.Where(c => c.Length > 0))
            {
                await Assertions.Expect(block).ToContainTextAsync(cell);
            }
        }

        await Screenshot(card, "webchat-case-content-three-people.png");

        await WebChatPasswordResetTests.SayAsync(page, $"tra cứu {fourteen}");
        var longCard = WebChatCaseHandlingTests.Bot(page).Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = $"Hồ sơ {fourteen}" }).Last;
        await Assertions.Expect(longCard).ToContainTextAsync("Thẻ chỉ hiện 10 trong 14 dòng");
        await Assertions.Expect(longCard).ToContainTextAsync("nguoidung10@cantho.gov.vn");
        await Assertions.Expect(longCard).Not.ToContainTextAsync("nguoidung11@cantho.gov.vn");
        var download = await WebChatCaseHandlingTests.DownloadAsync(page, longCard.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Tải đủ 14 dòng (.xlsx)" }));
        Assert.Equal($"{fourteen}-individuals.xlsx", download.SuggestedFilename);
        await Screenshot(longCard, "webchat-case-content-fourteen-people.png");

        // The list comes back whole, and reads again as the form's own annex upload would.
        await using var scope = host.Services.CreateAsyncScope();
        var field = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().Find("cto-mailbox-password")!.Form.First(f => f.Name == "individuals");
        await using var xlsx = File.OpenRead(await download.PathAsync());
        var read = AnnexWorkbook.Read(xlsx, field, (_, _) => null, AnnexLimits.Default);
        Assert.Empty(read.Faults);
        Assert.Equal(14, read.Rows.Count);
        Assert.Equal("nguoidung14@cantho.gov.vn", read.Rows[13]["mailboxAddress"]);
        Assert.Equal("0913111014", read.Rows[13]["phone"]);
    }

    internal static FormAnswers Answers(IEnumerable<string[]> people) => FormAnswers.Empty
        .With("individuals", JsonSerializer.SerializeToElement(people.Select(p => new Dictionary<string, string>
        {
            ["fullName"] = p[0], ["unit"] = p[1], ["position"] = p[2], ["phone"] = p[3], ["mailboxAddress"] = p[4], ["note"] = p[5],
        }.Where(c => c.Value.Length > 0).ToDictionary())))
        .With("officialLetterNumber", "125/STC-VP")
        .With("officialLetterDate", "2026-03-02");

    private static async Task Screenshot(ILocator element, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
