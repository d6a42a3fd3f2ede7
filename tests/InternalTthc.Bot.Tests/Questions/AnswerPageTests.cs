using System.Net;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Questions;

/// <summary>The public question-and-answer page: plain HTML made on the server, searched by words, nothing personal about the asker.</summary>
public sealed class AnswerPageTests
{
    private const string Answer = "Đơn vị gửi văn bản đề nghị kèm danh sách cán bộ cần cấp tài khoản.";

    [Fact]
    public async Task The_page_lists_the_matching_answers_as_plain_html_and_encodes_what_was_typed()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var code = await AnsweredAsync(host);

        using var page = await host.Client.GetAsync(new Uri("/hoi-dap?q=t%C3%A0i+kho%E1%BA%A3n&tinh=lai-chau", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains($"<h3>Câu hỏi {code}</h3>", html);
        Assert.Contains("<dt>Người trả lời</dt><dd>Đỗ Thu Trang (demo) — Chuyên viên Văn phòng UBND tỉnh</dd>", html);
        Assert.Contains("<dt>Cơ quan trả lời</dt><dd>Văn phòng Ủy ban nhân dân tỉnh</dd>", html);
        Assert.Contains($"<dd>{Answer}</dd>", html);
        Assert.DoesNotContain("0912", html);
        Assert.DoesNotContain("<script", html); // readable without script, and nothing from elsewhere
        Assert.DoesNotContain("http", html);

        var typed = await host.Client.GetStringAsync(new Uri("/hoi-dap?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>", typed);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", typed);

        var elsewhere = await host.Client.GetStringAsync(new Uri("/hoi-dap?q=tai+khoan&tinh=can-tho", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(code, elsewhere);
        Assert.Contains("Chưa có câu trả lời đã công khai nào phù hợp với “tai khoan”.", elsewhere);
    }

    [Fact]
    public async Task A_reader_searches_the_page_in_Chromium_by_its_labelled_form()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var code = await AnsweredAsync(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });

        await page.GotoAsync(new Uri(host.Address, "/hoi-dap").ToString());
        await Assertions.Expect(page).ToHaveTitleAsync("Hỏi - đáp");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Các câu trả lời mới nhất:" })).ToBeVisibleAsync();

        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Từ khóa").FillAsync("CAP TAI KHOAN");
        await search.GetByLabel("Tỉnh, thành phố").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Lai Châu" });
        await search.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=CAP\\+TAI\\+KHOAN&tinh=lai-chau"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Các câu trả lời phù hợp nhất với “CAP TAI KHOAN”:" })).ToBeVisibleAsync();
        var article = page.GetByRole(AriaRole.Article).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = $"Câu hỏi {code}" }) });
        await Assertions.Expect(article).ToContainTextAsync("Đỗ Thu Trang (demo) — Chuyên viên Văn phòng UBND tỉnh");
        await Assertions.Expect(article).ToContainTextAsync("Số điện thoại của tôi là ***.");
        await Assertions.Expect(article).ToContainTextAsync(Answer);
        await Assertions.Expect(search.GetByLabel("Từ khóa")).ToHaveValueAsync("CAP TAI KHOAN");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", "hoi-dap.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }

    [Fact]
    public async Task A_link_typed_in_a_question_stays_text_and_phone_numbers_and_citizen_ids_in_the_answer_are_masked()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var code = await AnsweredAsync(host, "Cấp tài khoản cần gì? [Tải biểu mẫu mới](https://evil.example)",
            "Gọi chị Hoa 0912 345 678, gửi kèm bản chụp CCCD 001099012345.");

        var html = await host.Client.GetStringAsync(new Uri("/hoi-dap?q=tai+khoan", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains($"<h3>Câu hỏi {code}</h3>", html);
        Assert.Contains("<p class=\"question\">Cấp tài khoản cần gì? [Tải biểu mẫu mới](https://evil.example)</p>", html);
        Assert.DoesNotContain("<a ", html);
        Assert.Contains("<dd>Gọi chị Hoa ***, gửi kèm bản chụp CCCD ***.</dd>", html);
        Assert.DoesNotContain("345 678", html);
        Assert.DoesNotContain("001099012345", html);
    }

    /// <summary>A question of Lai Châu to its provincial office, received and answered there; its code.</summary>
    private static async Task<string> AnsweredAsync(ServiceTestHost host,
        string question = "Xin hỏi cấp tài khoản cho cán bộ mới cần những giấy tờ gì? Số điện thoại của tôi là 0912 000 002.", string answer = Answer)
    {
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.canbo", "lcu-question", FormAnswers.Empty.With("addressedAgency", "lcu-vp-ubnd").With("question", question));
        var c = await desk.FindAsync(code);
        var agent = await desk.PersonIdAsync("lcu.vpubnd");
        await using var scope = host.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        await cases.ReceiveAsync(c.Id, agent, TestContext.Current.CancellationToken);
        await cases.AnswerAsync(c.Id, agent, answer, TestContext.Current.CancellationToken);
        return code;
    }
}
