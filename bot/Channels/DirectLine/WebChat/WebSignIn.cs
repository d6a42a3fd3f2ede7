using InternalTthc.Core.Directory;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>
/// Who is using the page. A login in the proxy header counts only from a trusted proxy address; in Development
/// (and only there) the demo person picked on the page, kept in a cookie. The login must be active in the directory.
/// </summary>
public sealed class WebSignIn(IOptions<WebChatOptions> options, IDirectoryStore directory, IHostEnvironment environment)
{
    public async Task<WebSignInResult> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers[options.Value.ProxyUserHeader].ToString();
        if (header.Length > 0 && options.Value.IsTrustedProxy(context.Connection.RemoteIpAddress))
        {
            var person = await directory.FindPersonByLoginAsync(header.Trim(), cancellationToken);
            return person is { Active: true } ? new WebSignInResult(person, StatusCodes.Status200OK, null)
                : WebSignInResult.Refused(StatusCodes.Status403Forbidden, DirectLineText.Vietnamese("SignInUnknownPerson", header.Trim()));
        }

        if (environment.IsDevelopment())
        {
            return await DemoPersonAsync(context.Request.Cookies[WebChatOptions.DemoCookieName], cancellationToken);
        }

        return header.Length > 0
            ? WebSignInResult.Refused(StatusCodes.Status403Forbidden, DirectLineText.Vietnamese("SignInUntrustedProxy"))
            : WebSignInResult.Refused(StatusCodes.Status401Unauthorized, DirectLineText.Vietnamese("SignInMissing"));
    }

    /// <summary>A demo person by login (Development's picker); only demo people can be picked.</summary>
    public async Task<WebSignInResult> DemoPersonAsync(string? login, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return WebSignInResult.Refused(StatusCodes.Status401Unauthorized, DirectLineText.Vietnamese("SignInPickDemo"));
        }

        var person = await directory.FindPersonByLoginAsync(login, cancellationToken);
        return person is { Active: true, IsDemo: true } ? new WebSignInResult(person, StatusCodes.Status200OK, null)
            : WebSignInResult.Refused(StatusCodes.Status403Forbidden, DirectLineText.Vietnamese("SignInUnknownPerson", login));
    }
}
