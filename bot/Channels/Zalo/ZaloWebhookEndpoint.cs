using System.Text;
using InternalTthc.Bot.Channels.Protection;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// <c>POST /api/zalo/webhook</c>: checks the signature and the event's age, keeps the event and answers 200 at once;
/// <see cref="ZaloEventHandler"/> processes it from the store. A body that is no event gets 400, a forged or stale one
/// 401, each with a log line (past the failed-authentication limit of the caller's address, 429); an unknown event or a
/// redelivery 200 without processing; never a 5xx, but 503 when the store cannot keep the event (Zalo then retries).
/// </summary>
public sealed class ZaloWebhookEndpoint(
    ZaloSignature signature, ZaloInbox inbox, FailedAuthenticationLimiter failures, IOptions<ZaloOptions> options, TimeProvider clock,
    ILogger<ZaloWebhookEndpoint> logger)
{
    public const string SignatureHeader = "X-ZEvent-Signature";

    /// <summary>Zalo's events are a few hundred bytes; anything far larger is not one.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var ct = context.RequestAborted;
        if (request.ContentLength > MaxBodyBytes || await ReadAsync(request.Body, ct) is not { } body)
        {
            logger.LogWarning("Zalo webhook: a body over {Max} bytes was refused.", MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var header = request.Headers[SignatureHeader].ToString();
        if (body.Length == 0 && header.Length == 0 && options.Value.AnswerProbes)
        {
            logger.LogInformation("Zalo webhook: an empty unsigned request (the console's probe?) was answered and not processed.");
            return Results.Ok();
        }

        if (ZaloEventReader.Read(body) is not { } e)
        {
            logger.LogWarning("Zalo webhook: a body of {Length} bytes is not a Zalo event; answered 400.", body.Length);
            return Results.BadRequest(new { error = "The body is not a Zalo event: a JSON object with event_name and timestamp is expected." });
        }

        if (signature.Match(body, e.Timestamp, header) is not { } variant)
        {
            logger.LogWarning("Zalo webhook: {Event} {Key} has no valid {Header} (forged, or Zalo:Signature does not name the way Zalo signs); answered 401.",
                e.Name, e.Key, SignatureHeader);
            return Refused(context);
        }

        if (options.Value.Signature == ZaloSignatureVariant.Detect)
        {
            logger.LogWarning("Zalo webhook: the signature matched the {Variant} variant; set Zalo:Signature={Variant} to accept only it.", variant, variant);
        }

        var now = clock.GetUtcNow();
        if (e.At < now - options.Value.MaxEventAge || e.At > now + options.Value.ClockSkew)
        {
            logger.LogWarning("Zalo webhook: {Event} {Key} stamped {At:O} is outside the accepted window (Zalo:MaxEventAge); answered 401.", e.Name, e.Key, e.At);
            return Refused(context);
        }

        if (e.Kind == ZaloEventKind.Unknown || e.UserId is null)
        {
            logger.LogInformation("Zalo webhook: event {Event} is not one the bot handles; answered 200 and ignored.", e.Name);
            return Results.Ok();
        }

        return await KeepAsync(context, e, Encoding.UTF8.GetString(body), ct);
    }

    /// <summary>401, counted against the caller's address: 429 past the failed-authentication limit.</summary>
    private IResult Refused(HttpContext context) =>
        failures.Count(context, () => Results.StatusCode(StatusCodes.Status429TooManyRequests)) ?? Results.Unauthorized();

    private async Task<IResult> KeepAsync(HttpContext context, ZaloEvent e, string body, CancellationToken ct)
    {
        ZaloInboxResult kept;
        try
        {
            kept = await inbox.KeepAsync(e, body, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Zalo webhook: {Event} {Key} could not be kept; answered 503 so that Zalo sends it again.", e.Name, e.Key);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        switch (kept)
        {
            case ZaloInboxResult.Replayed:
                logger.LogWarning("Zalo webhook: {Event} {Key} reuses the id of another event; answered 401.", e.Name, e.Key);
                return Refused(context);
            case ZaloInboxResult.Redelivered:
                logger.LogInformation("Zalo webhook: {Event} {Key} came again (a retry); not processed twice.", e.Name, e.Key);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>The whole body, or null past <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        for (int read; (read = await body.ReadAsync(buffer, ct)) > 0;)
        {
            if (copy.Length + read > MaxBodyBytes) return null;
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
