using System.Net.Http.Json;
using System.Text.Json;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using Microsoft.Playwright;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleBrowserTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// A question (hỏi - đáp) opened in the console's workspace reads as a question: flagged so, its actions named for it,
/// and in Debian's Chromium its panel titled "Câu hỏi …".
/// </summary>
public sealed class AgentConsoleQuestionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_question_in_the_console_is_marked_as_one_and_its_actions_say_question_not_case()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var code = await new CaseDesk(host.Services).FileAsync("lcu.canbo", "lcu-question",
            FormAnswers.Empty.With("addressedAgency", "lcu-vp-ubnd").With("question", "Cán bộ mới cần giấy tờ gì để được cấp tài khoản?"));
        using var agent = await AgentConsoleWorkspaceTests.SignedInAsync(host, "lcu.vpubnd");

        var question = await agent.Client.GetFromJsonAsync<JsonElement>($"can-bo/cases/{code}", Ct);
        Assert.True(question.GetProperty("isQuestion").GetBoolean());
        var titles = question.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
        Assert.Contains("Nhận trả lời (giao cho tôi)", titles);
        Assert.DoesNotContain(titles, t => t.Contains("hồ sơ", StringComparison.OrdinalIgnoreCase) || t.Contains("xử lý", StringComparison.OrdinalIgnoreCase));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var refused = new List<string>();
        var console = await PageAsync(browser, 1600, refused);
        await console.GotoAsync(new Uri(host.Address, "can-bo").ToString());
        await console.Locator("button[data-login='lcu.vpubnd']").ClickAsync();
        await console.Locator($"#cases button[data-code='{code}']").ClickAsync();
        await Assertions.Expect(console.Locator("#w-case-title")).ToContainTextAsync($"Câu hỏi {code}");
        await Assertions.Expect(console.Locator("#w-case-facts")).ToContainTextAsync("Người hỏi");
        await Assertions.Expect(console.Locator("#w-case-panel button[data-verb='case.take']")).ToHaveTextAsync("Nhận trả lời (giao cho tôi)");
        await ShotAsync(console, "console-question-panel");
        Assert.Empty(refused);
    }
}
