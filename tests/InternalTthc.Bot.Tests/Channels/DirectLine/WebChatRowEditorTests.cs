using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A requester of Cần Thơ fills the password-reset list in the real Web Chat, in Debian's Chromium: adds a row in its
/// labelled inputs, has a wrong phone refused in its cell, adds a second row, changes the first, and reads every row
/// and column on the summary. A screenshot at each step (TestOutput/row-editor-*.png).
/// </summary>
public sealed class WebChatRowEditorTests
{
    [Fact]
    public async Task A_requester_adds_and_edits_rows_in_the_row_editor()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var step = 0;
        // The card of the step whole (Web Chat's transcript scrolls inside the page).
        async Task ShotAsync(string name, ILocator card)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", $"row-editor-{++step:00}-{name}.png");
            await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        }

        await page.GotoAsync(host.Address.ToString());
        await page.Locator("button[data-login='cto.canbo']").ClickAsync();
        var bot = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(bot.Filter(new LocatorFilterOptions { HasText = "Xin chào Huỳnh Văn Phúc (demo)!" }).First).ToBeVisibleAsync();

        await WebChatPasswordResetTests.SayAsync(page, "cấp lại mật khẩu email");
        var form = Card(bot, "Thời hạn giải quyết: 02 ngày làm việc");
        await Assertions.Expect(form).ToContainTextAsync("Chưa có dòng nào.");
        await form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Số công văn đề nghị", Exact = true }).FillAsync("125/STC-VP");
        await ShotAsync("form", form);
        await Button(form, "Thêm dòng").Nth(1).ClickAsync(); // the second list: individuals

        var row = Card(bot, "Thêm dòng 1: Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân");
        await Fill(row, "Họ tên người dùng", "Nguyễn Văn An");
        await Fill(row, "Đơn vị", "Phòng Kế hoạch - Sở Tài chính");
        await Fill(row, "Chức vụ", "Chuyên viên");
        await Fill(row, "Số điện thoại", "0913 111 00");
        await Fill(row, "Địa chỉ hộp thư điện tử", "an.nv@cantho.gov.vn");
        await ShotAsync("row-1", row);
        await Button(row, "Lưu dòng").ClickAsync();

        var refused = Card(bot, "Có 1 ô cần sửa");
        await Assertions.Expect(refused).ToContainTextAsync("Số điện thoại phải gồm 10 hoặc 11 chữ số");
        await Assertions.Expect(refused.GetByRole(AriaRole.Textbox, new() { Name = "Họ tên người dùng", Exact = true })).ToHaveValueAsync("Nguyễn Văn An");
        await ShotAsync("phone-refused", refused);
        await Fill(refused, "Số điện thoại", "0913111001");
        await Button(refused, "Lưu và thêm dòng khác").ClickAsync();

        var second = Card(bot, "Thêm dòng 2:");
        await Fill(second, "Họ tên người dùng", "Trần Thị Bình");
        await Fill(second, "Đơn vị", "Phòng Kế toán - Sở Tài chính");
        await Fill(second, "Chức vụ", "Kế toán viên");
        await Fill(second, "Số điện thoại", "0913111002");
        await Fill(second, "Địa chỉ hộp thư điện tử", "binh.tt@cantho.gov.vn");
        await Fill(second, "Ghi chú", "bị khóa; cần gấp");
        await Button(second, "Lưu dòng").ClickAsync();

        var listed = Card(bot, "Đã có 2 dòng.");
        await Assertions.Expect(listed).ToContainTextAsync("Trần Thị Bình");
        await Assertions.Expect(listed.GetByRole(AriaRole.Textbox, new() { Name = "Số công văn đề nghị", Exact = true })).ToHaveValueAsync("125/STC-VP");
        await ShotAsync("two-rows", listed);
        await Button(listed, "Sửa dòng 1").ClickAsync();

        var edit = Card(bot, "Sửa dòng 1:");
        await Assertions.Expect(edit.GetByRole(AriaRole.Textbox, new() { Name = "Số điện thoại", Exact = true })).ToHaveValueAsync("0913111001");
        await Fill(edit, "Chức vụ", "Trưởng phòng");
        await ShotAsync("edit-row-1", edit);
        await Button(edit, "Lưu dòng").ClickAsync();

        var edited = Card(bot, "Trưởng phòng");
        await Assertions.Expect(edited).ToContainTextAsync("Đã có 2 dòng.");
        await edited.Locator("input[type='date']").First.FillAsync("2026-03-02");
        await ShotAsync("edited", edited);
        await Button(edited, "Tiếp tục").ClickAsync();

        await Assertions.Expect(bot.Filter(new LocatorFilterOptions { HasText = "Tệp công văn đề nghị đã ký" }).Last).ToBeVisibleAsync();
        await WebChatPasswordResetTests.SayAsync(page, "bỏ qua");
        var summary = Card(bot, "Kiểm tra trước khi gửi");
        await Assertions.Expect(summary).ToContainTextAsync("Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân (2 dòng)");
        foreach (var cell in new[] { "Nguyễn Văn An", "Trưởng phòng", "0913111001", "an.nv@cantho.gov.vn", "Trần Thị Bình", "Kế toán viên", "binh.tt@cantho.gov.vn", "bị khóa; cần gấp" })
        {
            await Assertions.Expect(summary).ToContainTextAsync(cell);
        }

        await ShotAsync("summary", summary);
    }

    private static ILocator Card(ILocator bot, string text) =>
        bot.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = text }).Last;

    private static ILocator Button(ILocator card, string title) =>
        card.Locator(".ac-pushButton", new LocatorLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(title)}$") });

    private static Task Fill(ILocator card, string label, string value) =>
        card.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = label, Exact = true }).FillAsync(value);
}
