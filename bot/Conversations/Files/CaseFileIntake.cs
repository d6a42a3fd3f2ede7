using System.Buffers;
using System.IO.Pipelines;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// Keeps the files a person hands in for a case (a form's file field, an agent's result files): each one copied into
/// the case's own area of the file store, so it outlives the chat upload and the Teams link, after its extension,
/// first bytes and size are checked. All or none: one refused file keeps nothing of the message.
/// </summary>
public sealed class CaseFileIntake(AttachmentReader reader, IFileStore files, IOptions<CaseFileOptions> options, ILogger<CaseFileIntake> logger)
{
    public Task<FileIntake> KeepAsync(Activity message, Guid caseId, CancellationToken ct) => KeepAsync(message, CaseArea(caseId), ct);

    /// <summary>The area of the file store a case's files are kept under.</summary>
    public static string CaseArea(Guid caseId) => $"case-{caseId:N}";

    /// <summary>A file kept under <paramref name="area"/> by the id its upload answered; null when there is none such.</summary>
    public async Task<CaseFile?> FindAsync(string area, string id, CancellationToken ct)
    {
        if (await files.OpenAsync(area, id, ct) is not { } opened) return null;
        await opened.Content.DisposeAsync();
        return new CaseFile($"{area}/{opened.File.Id}", opened.File.Name, opened.File.ContentType, opened.File.Length);
    }

    /// <summary>Keeps the files a message hands in under <paramref name="area"/> of the file store (a case's, a hand-off's), checked the same way.</summary>
    public async Task<FileIntake> KeepAsync(Activity message, string area, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kept = new List<CaseFile>();
        foreach (var attachment in (message.Attachments ?? []).Where(a => reader.IsAcceptable(a, message)))
        {
            var (file, reason, refusal) = await KeepOneAsync(attachment, message, area, ct);
            if (refusal is not null)
            {
                await ForgetAsync(kept, ct);
                // The reason's kind only: the refusal names the file, and a file's name may hold personal data.
                logger.LogInformation("A file handed in for {Area} was refused: {Reason}", area, reason);
                return new FileIntake([], refusal);
            }

            kept.Add(file!);
        }

        return new FileIntake(kept, null);
    }

    /// <summary>A kept file, or null when the key names none of this store (a key from before files were kept).</summary>
    public Task<OpenedFile?> OpenAsync(CaseFile file, CancellationToken ct) =>
        Split(file) is var (area, id) ? files.OpenAsync(area, id, ct) : Task.FromResult<OpenedFile?>(null);

    /// <summary>Removes files kept for an action that then did not happen.</summary>
    public async Task ForgetAsync(IEnumerable<CaseFile> kept, CancellationToken ct)
    {
        foreach (var (area, id) in kept.Select(Split).OfType<(string, string)>())
        {
            await files.DeleteAsync(area, id, ct);
        }
    }

    /// <summary>The file store's id of a kept file (the last part of its key), which its download link names.</summary>
    public static string? IdOf(CaseFile file) => Split(file)?.Id;

    /// <summary>Keeps a file handed in some other way (the agent console's upload) under <paramref name="area"/>, checked the same way.</summary>
    public async Task<(CaseFile? File, string? Refusal)> KeepAsync(string area, string? fileName, Stream content, long? length, CancellationToken ct)
    {
        var (file, _, refusal) = await KeepContentAsync(area, FileNames.Sanitize(fileName ?? CardText.Get("AttachmentName")), () => Task.FromResult<AttachmentContent?>(new AttachmentContent(content, length)), ct);
        return (file, refusal);
    }

    /// <returns>The kept file, or the kind of refusal (its text key) and the refusal as the person reads it.</returns>
    private Task<(CaseFile? File, string? Reason, string? Refusal)> KeepOneAsync(Attachment attachment, Activity message, string area, CancellationToken ct) =>
        KeepContentAsync(area, FileNames.Sanitize(attachment.Name ?? CardText.Get("AttachmentName")), () => reader.OpenContentAsync(attachment, message, ct), ct);

    private async Task<(CaseFile? File, string? Reason, string? Refusal)> KeepContentAsync(string area, string name, Func<Task<AttachmentContent?>> open, CancellationToken ct)
    {
        var limits = options.Value;
        var extension = FileKinds.Extension(name);
        if (!limits.AllowsExtension(extension))
        {
            return Refuse("FileTypeRefused", name, string.Join(", ", limits.EffectiveExtensions));
        }

        try
        {
            await using var content = await open();
            if (content is null)
            {
                return Refuse("FileUnreadable", name);
            }

            if (content.Length > limits.MaxFileBytes)
            {
                return Refuse("FileTooLarge", name, FileSizes.Format(limits.MaxFileBytes));
            }

            // The first bytes are looked at before anything is written, then stored with the rest.
            var pipe = PipeReader.Create(content.Content, new StreamPipeReaderOptions(leaveOpen: true));
            await using var bytes = pipe.AsStream();
            var head = await pipe.ReadAtLeastAsync(FileKinds.HeadLength, ct);
            var fits = FileKinds.Matches(extension, head.Buffer.Slice(0, Math.Min(head.Buffer.Length, FileKinds.HeadLength)).ToArray());
            pipe.AdvanceTo(head.Buffer.Start);
            if (!fits)
            {
                return Refuse("FileContentMismatch", name, extension);
            }

            var stored = await files.SaveAsync(area, name, FileKinds.ContentType(extension), bytes, limits.MaxFileBytes, ct);
            return (new CaseFile($"{area}/{stored.Id}", stored.Name, stored.ContentType, stored.Length), null, null);
        }
        catch (FileTooLargeException)
        {
            return Refuse("FileTooLarge", name, FileSizes.Format(limits.MaxFileBytes));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // A Teams download cut short: nothing half-written is kept (the store removes it).
            logger.LogWarning(e, "A file handed in could not be read.");
            return Refuse("FileUnreadable", name);
        }
    }

    private static (CaseFile? File, string? Reason, string? Refusal) Refuse(string reason, params object[] args) =>
        (null, reason, CardText.Get(reason, null, args));

    /// <summary>A kept file's area and id in the file store; null for a key from before files were kept.</summary>
    public static (string Area, string Id)? Split(CaseFile file) =>
        file.StorageKey.Split('/') is [var area, var id] && (area.StartsWith("case-", StringComparison.Ordinal) || area.StartsWith("handoff-", StringComparison.Ordinal)) ? (area, id) : null;
}
