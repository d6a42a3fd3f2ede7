using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// Opens a file a person sent in chat: a Web Chat, terminal or Zalo file from our own file store (only of the same
/// conversation), or a Teams file through its pre-authorized download link (only to where Teams keeps files).
/// </summary>
public sealed partial class AttachmentReader(IFileStore files, IHttpClientFactory http, IOptions<CaseFileOptions> options)
{
    public const string TeamsFileInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>How an attachment names a file its channel (the terminal, Zalo) put in the conversation's area of the file store.</summary>
    public const string ConversationFileScheme = "conversation-file:";
    private const long MaxWorkbookBytes = 5 * 1024 * 1024;

    /// <summary>A workbook (an annex list) read into memory; null past the cap or when it is not a file handed in.</summary>
    public async Task<MemoryStream?> OpenAsync(Attachment attachment, Activity message, CancellationToken ct)
    {
        await using var opened = await OpenContentAsync(attachment, message, ct);
        if (opened is null || opened.Length > MaxWorkbookBytes) return null;
        var copy = new MemoryStream();
        try
        {
            await LimitedCopy.CopyAsync(opened.Content, copy, MaxWorkbookBytes, ct);
        }
        catch (FileTooLargeException)
        {
            return null;
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>The bytes of a file handed in, as a stream; null when it is not one, or it cannot be fetched.</summary>
    public async Task<AttachmentContent?> OpenContentAsync(Attachment attachment, Activity message, CancellationToken ct)
    {
        if (OwnUploadId(attachment, message) is { } id)
        {
            return await files.OpenAsync(message.Conversation!.Id!, id, ct) is { } opened ? new AttachmentContent(opened.Content, opened.File.Length) : null;
        }

        if (TeamsDownload(attachment, message) is not { } link)
        {
            return null;
        }

        var response = await http.CreateClient(nameof(AttachmentReader)).GetAsync(link, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            return null;
        }

        return new AttachmentContent(await response.Content.ReadAsStreamAsync(ct), response.Content.Headers.ContentLength, response);
    }

    /// <summary>
    /// Whether the attachment is a file people may hand in, as the message's channel hands them in: an upload to this
    /// very conversation of our own Direct Line or terminal, or a Teams file. Any other URL is refused, never fetched or kept.
    /// </summary>
    public bool IsAcceptable(Attachment attachment, Activity message) =>
        OwnUploadId(attachment, message) is not null || TeamsDownload(attachment, message) is not null;

    private static string? OwnUploadId(Attachment attachment, Activity message) => ChannelRegistry.For(message.ChannelId).FilesIn switch
    {
        FileSource.DirectLineUpload => attachment.ContentUrl is { } url && OwnUpload().Match(url) is { Success: true } own
            && message.Conversation?.Id is { } conversation && Uri.UnescapeDataString(own.Groups[1].Value) == conversation
            ? own.Groups[2].Value : null,
        // The terminal or the Zalo channel saved it in its own conversation's area: the id alone names it there.
        FileSource.TerminalFile or FileSource.ZaloFile => attachment.ContentUrl is { } url && ConversationFile().Match(url) is { Success: true } own
            ? own.Groups[1].Value : null,
        _ => null,
    };

    /// <summary>A Teams file's pre-authorized link, only on a channel of Teams files and only to where Teams keeps files (Files:TeamsFileHosts).</summary>
    private Uri? TeamsDownload(Attachment attachment, Activity message) =>
        ChannelRegistry.For(message.ChannelId).FilesIn == FileSource.TeamsFile && attachment.ContentType == TeamsFileInfo && attachment.Content is JsonObject info
            && Text(info, "downloadUrl") is { } download && Uri.TryCreate(download, UriKind.Absolute, out var link)
            && options.Value.AllowsTeamsDownload(link)
            ? link : null;

    /// <summary>
    /// A file or picture the message carries that is not accepted as handed in (an image pasted into a Teams message,
    /// a link from elsewhere): worth telling the person, unlike the text a channel attaches to a message (Teams' HTML copy).
    /// </summary>
    public bool IsIgnored(Attachment attachment, Activity message) =>
        !IsAcceptable(attachment, message) && (attachment.ContentUrl is not null || attachment.ContentType == TeamsFileInfo);

    /// <summary>True for an Excel workbook, by type or by name.</summary>
    public static bool IsWorkbook(Attachment a) =>
        a.ContentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        || (a.Name ?? "").EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || (a.ContentType == TeamsFileInfo && a.Content is JsonObject info && Text(info, "fileType") == "xlsx");

    private static string? Text(JsonObject info, string name) =>
        info[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex(@"/v3/directline/conversations/([^/]+)/attachments/([A-Za-z0-9_-]+)$")]
    private static partial Regex OwnUpload();

    [GeneratedRegex("^" + ConversationFileScheme + "([A-Za-z0-9_-]+)$")]
    private static partial Regex ConversationFile();
}
