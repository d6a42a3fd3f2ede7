using System.Text.RegularExpressions;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Files;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// Opens a file a person sent in chat: a Web Chat upload from our own file store (only of the same
/// conversation), or a Teams file through its pre-authorized download link, never more than a cap.
/// </summary>
public sealed partial class AttachmentReader(IFileStore files, IHttpClientFactory http)
{
    public const string TeamsFileInfo = "application/vnd.microsoft.teams.file.download.info";
    private const long MaxBytes = 5 * 1024 * 1024;

    public async Task<MemoryStream?> OpenAsync(Attachment attachment, Activity message, CancellationToken ct)
    {
        if (OwnUploadId(attachment, message) is { } id && await files.OpenAsync(message.Conversation!.Id!, id, ct) is { } opened)
        {
            await using var content = opened.Content;
            return await CopyAsync(content, ct);
        }

        if (TeamsDownload(attachment, message) is { } link)
        {
            using var response = await http.CreateClient(nameof(AttachmentReader)).GetAsync(link, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxBytes) return null;
            await using var content = await response.Content.ReadAsStreamAsync(ct);
            return await CopyAsync(content, ct);
        }

        return null;
    }

    /// <summary>
    /// Whether the attachment is a file people may hand in: an upload to this very conversation of our own
    /// Direct Line, or a Teams file on the Teams channel. Any other URL is refused, never fetched or kept.
    /// </summary>
    public static bool IsAcceptable(Attachment attachment, Activity message) =>
        OwnUploadId(attachment, message) is not null || TeamsDownload(attachment, message) is not null;

    private static string? OwnUploadId(Attachment attachment, Activity message) =>
        attachment.ContentUrl is { } url && OwnUpload().Match(url) is { Success: true } own && message.ChannelId == "directline"
            && message.Conversation?.Id is { } conversation && Uri.UnescapeDataString(own.Groups[1].Value) == conversation
            ? own.Groups[2].Value : null;

    /// <summary>A Teams file's pre-authorized link, only on the Teams channel and only to SharePoint / OneDrive.</summary>
    private static Uri? TeamsDownload(Attachment attachment, Activity message) =>
        message.ChannelId == "msteams" && attachment.ContentType == TeamsFileInfo && attachment.Content is { } info
            && info.TryGetProperty("downloadUrl", out var download) && Uri.TryCreate(download.GetString(), UriKind.Absolute, out var link)
            && link.Scheme == Uri.UriSchemeHttps && (link.Host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase) || link.Host == "onedrive.live.com")
            ? link : null;

    /// <summary>True for an Excel workbook, by type or by name.</summary>
    public static bool IsWorkbook(Attachment a) =>
        a.ContentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        || (a.Name ?? "").EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || (a.ContentType == TeamsFileInfo && a.Content is { } c && c.TryGetProperty("fileType", out var t) && t.GetString() == "xlsx");

    private static async Task<MemoryStream?> CopyAsync(Stream content, CancellationToken ct)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > MaxBytes) return null;
            await copy.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        copy.Position = 0;
        return copy;
    }

    [GeneratedRegex(@"/v3/directline/conversations/([^/]+)/attachments/([A-Za-z0-9_-]+)$")]
    private static partial Regex OwnUpload();
}
