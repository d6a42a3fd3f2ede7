using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Files;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// Files passed during a hand-off, both ways: kept in the hand-off's own area of the file store after the same checks as
/// a case's files (kind, first bytes, size), and shown to the other side as a link signed for him.
/// </summary>
public sealed class HandoffFiles(CaseFileIntake intake, CaseFileLinks links, IFileStore files)
{
    /// <summary>The files a chat message carries (a Web Chat upload, a Teams file, the terminal's "tệp"), or why none was kept.</summary>
    public async Task<(IReadOnlyList<HandoffFile> Files, string? Refusal)> KeepAsync(Guid handoffId, Activity message, CancellationToken ct)
    {
        var kept = await intake.KeepAsync(message, HandoffFile.Area(handoffId), ct);
        return ([.. kept.Files.Select(From)], kept.Refusal);
    }

    /// <summary>A file the agent uploaded in the console.</summary>
    public async Task<(HandoffFile? File, string? Refusal)> KeepAsync(Guid handoffId, string? name, Stream content, long? length, CancellationToken ct)
    {
        var (file, refusal) = await intake.KeepAsync(HandoffFile.Area(handoffId), name, content, length, ct);
        return (file is null ? null : From(file), refusal);
    }

    /// <summary>The files as the reader opens them: a link signed for him, and the stored file for a channel that sends files itself.</summary>
    public IReadOnlyList<CaseFileView> LinksFor(Guid handoffId, IReadOnlyList<HandoffFile> kept, Guid readerId) =>
        [.. kept.Select(f => new CaseFileView(f.Name, f.Size, links.ForHandoff(handoffId, f.Id, readerId),
            new CardFile(HandoffFile.Area(handoffId), f.Id, f.Name, f.ContentType, f.Size)))];

    public Task<OpenedFile?> OpenAsync(Guid handoffId, string fileId, CancellationToken ct) => files.OpenAsync(HandoffFile.Area(handoffId), fileId, ct);

    private static HandoffFile From(CaseFile file) => new(CaseFileIntake.IdOf(file)!, file.FileName, file.ContentType, file.Size);
}
