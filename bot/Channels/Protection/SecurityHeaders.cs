using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Protection;

/// <summary>
/// The headers every response carries: a Content-Security-Policy with no inline script, eval or inline style (Web Chat's
/// styles carry the page's nonce; DirectLineJS reads a file to upload from its blob: URL), no MIME sniffing, no referrer (file links carry signed tokens), and frame-ancestors
/// limited to the service, the configured portals and, for a Teams tab, Teams.
/// </summary>
public sealed class SecurityHeaders(IOptions<SecurityOptions> options)
{
    // The hosts that frame a Teams tab (teams.microsoft.com, the new Teams and Outlook/Microsoft 365 hosts).
    private static readonly string[] TeamsOrigins = ["https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft", "https://*.office.com"];

    private const string NonceKey = "tthc.csp-nonce";

    // Web Chat 4.18.1 renders react-scroll-to-bottom's composer without its nonce, so that library's emotion sheet is an
    // empty <style> without one (its rules then come through the CSSOM, which the policy does not govern). This hash is of
    // the empty text: it admits only empty style elements, which can style nothing by themselves.
    private const string EmptyStyle = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

    private string? _withoutNonce;

    /// <summary>Sets the headers of the response before the rest of the pipeline runs.</summary>
    public Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = _withoutNonce ??= Policy(null);
        return next();
    }

    /// <summary>A fresh nonce for this response's inline styles (Web Chat's emotion sheets); the policy is set to allow it and empty style elements.</summary>
    public string NonceFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        context.Response.Headers.ContentSecurityPolicy = Policy(nonce);
        return nonce;
    }

    /// <summary>A page of wwwroot with this response's nonce put in place of <c>{{csp-nonce}}</c>, for the Web Chat it starts.</summary>
    public async Task<IResult> PageAsync(HttpContext context, string file)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(file);
        if (!page.Exists)
        {
            return Results.NotFound();
        }

        using var reader = new StreamReader(page.CreateReadStream());
        var html = (await reader.ReadToEndAsync(context.RequestAborted)).Replace("{{csp-nonce}}", NonceFor(context), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private string Policy(string? nonce)
    {
        var ancestors = string.Join(' ', new[] { "'self'" }.Concat(options.Value.FrameAncestors).Concat(options.Value.TeamsTab ? TeamsOrigins : []));
        var styles = nonce is null ? "'self'" : $"'self' 'nonce-{nonce}' {EmptyStyle}";
        return $"default-src 'self'; script-src 'self'; style-src {styles}; img-src 'self' data: blob:; media-src 'self' blob: data:; font-src 'self' data:; "
            + $"connect-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}";
    }
}
