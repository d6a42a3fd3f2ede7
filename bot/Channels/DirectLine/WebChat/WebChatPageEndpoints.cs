using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>
/// The chat page at <c>/</c> (outside Development only for a signed-in person, otherwise a Vietnamese error page),
/// the session the page script asks for, and in Development the demo people picker and its cookie.
/// </summary>
public sealed class WebChatPageEndpoints(
    WebSignIn signIn, IDirectoryStore directory, IHostEnvironment environment, SecurityHeaders headers)
{
    public async Task<IResult> PageAsync(HttpContext context)
    {
        if (!environment.IsDevelopment())
        {
            var signedIn = await signIn.ResolveAsync(context, context.RequestAborted);
            if (signedIn.Person is null)
            {
                return WebChatErrorPage.Create(signedIn.Status, signedIn.Problem!);
            }
        }

        // Web Chat's style sheets are allowed by this response's nonce, which the page hands to Web Chat.
        return await headers.PageAsync(context, "index.html");
    }

    public async Task<IResult> SessionAsync(HttpContext context)
    {
        var signedIn = await signIn.ResolveAsync(context, context.RequestAborted);
        var person = signedIn.Person is { } found ? WebChatPerson.From(found) : null;
        return Results.Json(new WebChatSession(person, environment.IsDevelopment(), signedIn.Problem));
    }

    public async Task<IResult> DemoPeopleAsync(CancellationToken cancellationToken) =>
        Results.Json((await directory.ListDemoPeopleAsync(cancellationToken)).Select(WebChatPerson.From));

    public async Task<IResult> DemoSignInAsync(HttpContext context, DemoSignInRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var picked = await signIn.DemoPersonAsync(request.Login, context.RequestAborted);
        if (picked.Person is not { } person)
        {
            return Results.Json(new WebChatSession(null, true, picked.Problem), statusCode: picked.Status);
        }

        context.Response.Cookies.Append(WebChatOptions.DemoCookieName, person.Login,
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
        return Results.Json(new WebChatSession(WebChatPerson.From(person), true, null));
    }

    public static IResult DemoSignOut(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(WebChatOptions.DemoCookieName, new CookieOptions { Path = "/" });
        return Results.NoContent();
    }
}
