using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels;

/// <summary>
/// Attachments the bot's text replies carry for what a channel can do beyond text: the form asking for the phone number
/// (where <see cref="ChannelCapabilities.AsksForPhone"/>), and files delivered themselves (where <see cref="ChannelCapabilities.FilesOut"/>).
/// A channel that cannot use them ignores them: the text says the same.
/// </summary>
public static class OutgoingAttachments
{
    public const string PhoneRequestType = "application/vnd.internaltthc.phone-request";
    private const string StoredFileScheme = "stored-file:";

    public static Attachment PhoneRequest(string title, string subtitle) => new()
    {
        ContentType = PhoneRequestType,
        Content = new JsonObject { ["title"] = title, ["subtitle"] = subtitle },
    };

    /// <summary>The form's title and subtitle, when the attachment is the phone form.</summary>
    public static (string Title, string Subtitle)? PhoneRequest(Attachment attachment) =>
        attachment.ContentType == PhoneRequestType && attachment.Content is JsonObject c
        && c.TryGetPropertyValue("title", out var title) && c.TryGetPropertyValue("subtitle", out var subtitle)
            ? (title?.GetValue<string>() ?? "", subtitle?.GetValue<string>() ?? "")
            : null;

    /// <param name="storageKey">"area/id" in the file store.</param>
    /// <param name="link">The file's signed link, sent instead should the channel fail to send the file.</param>
    public static Attachment StoredFile(string storageKey, string name, string contentType, Uri? link = null) =>
        new() { ContentType = contentType, Name = name, ContentUrl = StoredFileScheme + storageKey, ThumbnailUrl = link?.AbsoluteUri };

    public static StoredFileRef? StoredFile(Attachment attachment) =>
        attachment.ContentUrl is { } url && url.StartsWith(StoredFileScheme, StringComparison.Ordinal)
        && url[StoredFileScheme.Length..].Split('/') is [{ Length: > 0 } area, { Length: > 0 } id]
            ? new StoredFileRef(area, id, attachment.Name ?? id, attachment.ContentType ?? "application/octet-stream",
                Uri.TryCreate(attachment.ThumbnailUrl, UriKind.Absolute, out var link) ? link : null)
            : null;
}
