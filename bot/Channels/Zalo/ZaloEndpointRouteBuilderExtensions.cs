using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Maps the Zalo channel once it is configured: the webhook, the consent callback that stores the first token pair, and
/// the domain verification file Zalo asks for (<c>/zalo_verifier{code}.html</c>).
/// </summary>
public static class ZaloEndpointRouteBuilderExtensions
{
    public const string WebhookPath = "/api/zalo/webhook";
    public const string CallbackPath = "/api/zalo/oauth/callback";

    public static IEndpointRouteBuilder MapZalo(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        endpoints.MapPost(WebhookPath, (HttpContext c, [FromServices] ZaloWebhookEndpoint e) => e.HandleAsync(c));
        endpoints.MapGet(CallbackPath, CallbackAsync);
        if (options.VerificationCode is { Length: > 0 } code)
        {
            endpoints.MapGet($"/zalo_verifier{code}.html", () => Results.Content(VerificationPage(options, code), "text/html; charset=utf-8"));
        }

        return endpoints;
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, [FromServices] ZaloConsent consent, [FromServices] ILogger<ZaloConsent> logger)
    {
        var query = context.Request.Query;
        try
        {
            return await consent.CompleteAsync(query["state"], query["code"], query["oa_id"], context.RequestAborted)
                ? Page(StatusCodes.Status200OK, ZaloText.Get("ConsentDone"))
                : Page(StatusCodes.Status400BadRequest, ZaloText.Get("ConsentFailed"));
        }
        catch (ZaloApiException e)
        {
            logger.LogError("Zalo consent: the code could not be exchanged: {Reason}", e.Message);
            return Page(StatusCodes.Status502BadGateway, ZaloText.Get("ConsentRefused", e.Message));
        }
    }

    /// <summary>The file Zalo gave, as it is; or a page carrying Zalo's verification meta tag with the code.</summary>
    private static string VerificationPage(ZaloOptions options, string code) =>
        options.VerificationFile is { Length: > 0 } file ? file
        : $"<!DOCTYPE html><html><head><meta name=\"zalo-platform-site-verification\" content=\"{WebUtility.HtmlEncode(code)}\" /></head><body></body></html>";

    private static IResult Page(int status, string text) => Results.Content(
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Zalo OA</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>",
        "text/html; charset=utf-8", statusCode: status);
}
