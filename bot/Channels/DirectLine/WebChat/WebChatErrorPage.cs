using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>The Vietnamese page shown instead of the chat when nobody (or nobody known) is signed in.</summary>
public static class WebChatErrorPage
{
    // Vietnamese stays readable in the source of the page; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Create(int status, string problem)
    {
        var title = Encoder.Encode(DirectLineText.Vietnamese("SignInPageTitle"));
        var html = $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{{title}}</title><link rel="stylesheet" href="/chat.css"></head>
            <body><main class="problem"><h1>{{title}}</h1><p>{{Encoder.Encode(problem)}}</p></main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
