using InternalTthc.Cards.Texts;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// What the other side of a hand-off said, read from its transcript for a requester whose channel the service cannot
/// write to later (the terminal, another process): the agent's messages with his name and files, and what the service
/// told (taken, passed on, ended). The caller keeps the <see cref="Cursor"/> of what it has shown.
/// </summary>
public sealed class HandoffTranscriptFeed(IHandoffStore store, HandoffFiles files)
{
    /// <summary>How far a conversation's hand-off transcript was shown.</summary>
    public sealed record Cursor(Guid HandoffId, int Seen);

    /// <param name="withNotes">False right after the requester's own turn: what the service noted then, his turn has told him already.</param>
    public async Task<(IReadOnlyList<string> Lines, Cursor? Cursor)> ReadAsync(
        string channelId, string conversationId, Cursor? after, bool withNotes, CancellationToken ct)
    {
        var lines = new List<string>();
        var open = await store.FindOpenAsync(channelId, conversationId, ct);
        if (after is not null && after.HandoffId != open?.Id && await store.FindAsync(after.HandoffId, ct) is { } earlier)
        {
            // The end of the one shown so far (its last notes), before the next one.
            await ReadAsync(earlier, after.Seen, withNotes, lines, ct);
        }

        if (open is null)
        {
            return (lines, null);
        }

        var seen = await ReadAsync(open, after?.HandoffId == open.Id ? after.Seen : 0, withNotes, lines, ct);
        return (lines, new Cursor(open.Id, seen));
    }

    private async Task<int> ReadAsync(HandoffRequest h, int seen, bool withNotes, List<string> lines, CancellationToken ct)
    {
        var transcript = await store.TranscriptAsync(h.Id, ct);
        foreach (var m in transcript.Skip(seen).Where(m => m.Side == HandoffSide.Agent || (withNotes && m.Side == HandoffSide.Service)))
        {
            var links = files.LinksFor(h.Id, HandoffFile.Read(m.Files), h.RequesterId);
            lines.Add(string.Join(Environment.NewLine,
                [HandoffText.Get("TranscriptLine", m.Author, m.Text), .. links.Select(l => $"  {HandoffText.Get("FileLink", l.Name)}: {l.Url}")]));
        }

        return transcript.Count;
    }
}
