using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Rendering;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// <c>GET /ho-so/{code}</c>, the page of a case that its card links to and its QR code opens: status, stages, what it
/// asks for with every row of its lists, files, documents and timeline, for the person signed in (as on the Web Chat
/// page) who may see the case. Anyone else, and anyone not signed in, gets the same 404: a code alone reveals nothing.
/// The page has no script; <c>/ho-so/{code}/ma-qr.png</c> is its QR code, under the same rule.
/// </summary>
public static class CasePageEndpoints
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapCasePage(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/ho-so/{code}").RequireRateLimiting(RateLimitPolicies.Pages);
        pages.MapGet("", PageAsync);
        pages.MapGet("/ma-qr.png", async (HttpContext context, string code, CaseWebAccess access, Hosting.PublicAddress address) =>
            await access.FindAsync(context, code, null) is { Case.Code: { } found }
                ? Results.File(CaseQrCode.Png(address.Link(CaseLinks.PagePath(found))), "image/png")
                : Results.NotFound());
        return endpoints;
    }

    private static async Task<IResult> PageAsync(
        HttpContext context, string code, CaseWebAccess access, ProcedureCatalog catalog, CaseViews views, CaseLinks links, IDirectoryStore directory, HtmlCardRenderer html)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        if (await access.FindAsync(context, code, null) is not { Case.Code: { } found } reader || catalog.Find(reader.Case.ProcedureCode) is not { } procedure)
        {
            return Page(CardText.Get("CasePageNotFoundTitle"), $"<p>{Encoder.Encode(CardText.Get("CasePageNotFound"))}</p>", StatusCodes.Status404NotFound);
        }

        var view = await views.CreateAsync(reader.Case, procedure, reader.Roles, context.RequestAborted) with
        {
            Assignee = reader.Case.AssigneeId is { } assignee ? (await directory.FindPersonAsync(assignee, context.RequestAborted))?.FullName : null,
        };
        view = links.Add(view, reader.Case, found, reader.Person.Person.Id) with { Page = null, PageQrCode = null }; // the page is this one
        var card = CaseCard.Create(view, wholeLists: true);
        var qr = $"<figure class=\"qr\"><img src=\"/ho-so/{Uri.EscapeDataString(found)}/ma-qr.png\" alt=\"{Encoder.Encode(CardText.ForCase(reader.Case.IsQuestion, "CasePageQr", null, found))}\">"
            + $"<figcaption>{Encoder.Encode(CardText.Get("CasePageQrNote"))}</figcaption></figure>";
        return Page(CaseCard.Title(view), qr + html.Render(card), StatusCodes.Status200OK);
    }

    private static IResult Page(string title, string body, int status) => Results.Content($$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{Encoder.Encode(title)}}</title><link rel="stylesheet" href="/case.css"></head>
        <body><header class="bar"><span>{{Encoder.Encode(CardText.Get("CasePageBar"))}}</span><a href="/">{{Encoder.Encode(CardText.Get("CasePageChat"))}}</a></header>
        <main class="case">
        {{body}}
        </main></body>
        </html>
        """, "text/html; charset=utf-8", statusCode: status);
}
