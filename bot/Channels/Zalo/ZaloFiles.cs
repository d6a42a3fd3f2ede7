using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Copies a file or picture sent to the OA into its conversation's area of the file store, as the terminal does, so the
/// form and the case take it like any upload (kind, first bytes and size are checked there). Only links to where Zalo keeps
/// files (Zalo:FileHosts) are fetched, redirects not followed; any other comes through unfetched, and the bot says it was not taken.
/// </summary>
public sealed class ZaloFiles(IHttpClientFactory http, IFileStore files, IOptions<ZaloOptions> options, IOptions<CaseFileOptions> limits, ILogger<ZaloFiles> logger)
{
    /// <param name="area">The conversation's area (the Zalo user's id).</param>
    /// <returns>The attachment as the bot takes files; or, when it could not be kept, why, as the person reads it.</returns>
    public async Task<(Attachment? Attachment, string? Refusal)> TakeAsync(ZaloEventAttachment sent, string messageId, string area, CancellationToken ct)
    {
        var name = FileNames.Sanitize(sent.Name ?? DefaultName(sent, messageId));
        var contentType = FileKinds.ContentType(FileKinds.Extension(name));
        var unfetched = (default(Attachment), ZaloText.Get("FileNotFetched", name));
        if (!Uri.TryCreate(sent.Url, UriKind.Absolute, out var link) || !DownloadHosts.Allows(options.Value.EffectiveFileHosts, link))
        {
            logger.LogWarning("Zalo: a {Type} sent to the OA is not on a host of Zalo:FileHosts; it was not fetched.", sent.Type);
            return unfetched;
        }

        try
        {
            using var response = await http.CreateClient(nameof(ZaloFiles)).GetAsync(link, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Zalo: a {Type} could not be fetched (HTTP {Status}).", sent.Type, (int)response.StatusCode);
                return unfetched;
            }

            await using var content = await response.Content.ReadAsStreamAsync(ct);
            var stored = await files.SaveAsync(area, name, contentType, content, limits.Value.MaxFileBytes, ct);
            return (new Attachment { ContentType = contentType, Name = stored.Name, ContentUrl = AttachmentReader.ConversationFileScheme + stored.Id }, null);
        }
        catch (FileTooLargeException e)
        {
            return (null, ZaloText.Get("FileTooLarge", name, FileSizes.Format(e.MaxBytes)));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Zalo: a {Type} could not be fetched ({Error}).", sent.Type, e.GetType().Name);
            return unfetched;
        }
    }

    /// <summary>A picture comes without a name: one from its message id, with the link's extension when it has a known one.</summary>
    private static string DefaultName(ZaloEventAttachment sent, string messageId)
    {
        var extension = Uri.TryCreate(sent.Url, UriKind.Absolute, out var link) ? FileKinds.Extension(link.AbsolutePath) : "";
        return $"zalo-{messageId}.{(extension.Length is > 0 and <= 5 ? extension : sent.Type == "image" ? "jpg" : "bin")}";
    }
}
