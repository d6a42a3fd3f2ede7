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
        if (VerifierPath(options) is { } verifier)
        {
            endpoints.MapGet(verifier, () => Results.Content(VerificationPage(options, options.VerificationCode!), "text/html; charset=utf-8"));
        }

        return endpoints;
    }

    /// <summary>Where Zalo looks for the domain verification file; null while the channel is off or no code is set.</summary>
    public static string? VerifierPath(ZaloOptions options) =>
        options is { Enabled: true, VerificationCode: { Length: > 0 } code } ? $"/zalo_verifier{code}.html" : null;

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
            // Zalo refusing the code is a bad code (400); only Zalo out of reach is a gateway's fault.
            return Page(e.Code == ZaloApiException.Transport ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest, ZaloText.Get("ConsentRefused", e.Message));
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
