using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Core.Files;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>
/// <c>POST /conversations/{id}/upload</c>: DirectLineJS's multipart message, a part named <c>activity</c> and one
/// <c>file</c> part per attachment. Files of allowed types and sizes are stored; the message then carries links to
/// them (served only to the conversation's owner) and goes on like a posted activity. Refused files keep nothing.
/// </summary>
public sealed class DirectLineUploadEndpoint(
    DirectLineAuthorizer authorizer,
    ActivityRequestReader reader,
    IFileStore files,
    DirectLineTurns turns,
    DirectLineAddresses addresses,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineUploadEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, string conversationId)
    {
        var cancellationToken = context.RequestAborted;
        var access = await authorizer.AuthorizeAsync(context.Request, conversationId, TokenUse.Api, cancellationToken);
        if (access.Identity is not { } identity)
        {
            return access.Refusal!;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return DirectLineErrors.BadArgument("A multipart/form-data body is expected.");
        }

        // Kestrel's default body limit (30 MB) would cut an upload the settings allow; the files' own limits still apply.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            var upload = options.Value.Upload;
            bodyLimit.MaxRequestBodySize = (upload.MaxFiles * upload.MaxFileBytes) + (1024 * 1024);
        }

        var saved = new List<StoredFile>();
        (Activity? Activity, IResult? Refusal) parts;
        try
        {
            parts = await ReadPartsAsync(new MultipartReader(boundary, context.Request.Body), conversationId, saved, cancellationToken);
        }
        catch
        {
            await ForgetAsync(conversationId, saved);
            throw;
        }

        if (parts.Refusal is not null)
        {
            await ForgetAsync(conversationId, saved);
            return parts.Refusal;
        }

        var attachments = saved.Select(file => new Attachment
        {
            ContentType = file.ContentType, Name = file.Name, ContentUrl = addresses.AttachmentUrl(conversationId, file.Id),
        }).ToArray();
        logger.LogInformation("Direct Line upload of {Count} file(s) to conversation {ConversationId}.", attachments.Length, conversationId);
        return await DirectLineActivityEndpoints.PostToBotAsync(
            turns, parts.Activity! with { Attachments = attachments }, identity, logger, cancellationToken);
    }

    private async Task<(Activity? Activity, IResult? Refusal)> ReadPartsAsync(
        MultipartReader multipart, string conversationId, List<StoredFile> saved, CancellationToken cancellationToken)
    {
        var upload = options.Value.Upload;
        Activity? activity = null;
        while (await multipart.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = disposition?.Name.Value?.Trim('"');
            if (name == "activity")
            {
                var read = await reader.ReadAsync(section.Body, null, fromClient: true, cancellationToken);
                if (read.Activity is null)
                {
                    return (null, DirectLineErrors.Create(read.StatusCode, read.ErrorCode ?? "BadArgument", read.ErrorMessage ?? "Bad activity."));
                }

                activity = read.Activity;
            }
            else if (name == "file")
            {
                // filename* (RFC 5987) carries non-ASCII names exactly; plain filename is what browsers send.
                var fileName = FileNames.Sanitize(disposition?.FileNameStar.Value ?? disposition?.FileName.Value?.Trim('"'));
                if (saved.Count >= upload.MaxFiles)
                {
                    return (null, DirectLineErrors.Create(StatusCodes.Status400BadRequest, "TooManyFiles", DirectLineText.Message("UploadTooMany", upload.MaxFiles)));
                }

                if (!upload.Allows(section.ContentType))
                {
                    return (null, DirectLineErrors.Create(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                        DirectLineText.Message("UploadTypeRefused", fileName, section.ContentType ?? "?", string.Join(", ", upload.EffectiveContentTypes))));
                }

                try
                {
                    saved.Add(await files.SaveAsync(conversationId, fileName, section.ContentType!, section.Body, upload.MaxFileBytes, cancellationToken));
                }
                catch (FileTooLargeException)
                {
                    return (null, DirectLineErrors.Create(StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge",
                        DirectLineText.Message("UploadTooLarge", fileName, FileSizes.Format(upload.MaxFileBytes))));
                }
            }
        }

        return activity is null ? (null, DirectLineErrors.BadArgument("The upload has no part named 'activity'.")) : (activity, null);
    }

    private async Task ForgetAsync(string conversationId, List<StoredFile> saved)
    {
        foreach (var file in saved)
        {
            await files.DeleteAsync(conversationId, file.Id, CancellationToken.None);
        }
    }
}
