using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// Debian's Chromium for browser tests (apt-get install chromium fonts-noto-core), never Playwright's download.
/// Missing, it fails the test under CI (CI=true) and skips it elsewhere, saying why.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"{ExecutablePath} is missing: install it with `apt-get install -y chromium fonts-noto-core` (.ci/run does).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        // The browser tests run beside the whole suite on two cores: waits for the page get room, never fixed sleeps.
        Assertions.SetDefaultExpectTimeout(30_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
