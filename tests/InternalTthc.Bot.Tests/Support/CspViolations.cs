using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>What the browser refused under the Content-Security-Policy on a page (a script, a style, an image), as the page's own event tells it.</summary>
public static class CspViolations
{
    /// <summary>Records every violation of each document the page loads from now on.</summary>
    public static Task WatchAsync(IPage page) => page.AddInitScriptAsync(
        "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI))");

    public static async Task<string[]> OfAsync(IPage page) => await page.EvaluateAsync<string[]?>("() => window.__csp ?? null") ?? [];
}
