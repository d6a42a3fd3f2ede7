using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// Passes messages between the two sides of a hand-off, with the writer's name and his files, and keeps each in the
/// transcript (which the console and a text-only requester read). Channel-agnostic: each side is a stored conversation.
/// </summary>
public sealed class HandoffRelay(IHandoffStore store, HandoffConversations conversations, HandoffFiles files, HandoffOutbox outbox, IHandoffSignals signals, TimeProvider clock)
{
    /// <summary>The requester wrote (in his turn), under <paramref name="author"/>: to the agent's chat if he took it there, and to the consoles.</summary>
    public async Task FromRequesterAsync(HandoffRequest h, string author, Activity message, ConversationReply reply, CancellationToken ct)
    {
        var (kept, refusal) = await files.KeepAsync(h.Id, message, ct);
        if (refusal is not null)
        {
            await reply.SendAsync(HandoffNotices.Notice(HandoffText.Get("FilesRefused", refusal)), ct);
        }

        var text = message.Text?.Trim() ?? "";
        if (text.Length == 0 && kept.Count == 0)
        {
            return;
        }

        await AppendAsync(h, HandoffSide.Requester, author, text, kept, ct);
        if (h.AgentId is { } agent)
        {
            await conversations.SendAsync(h.AgentChannelId, h.AgentConversationId, RelayedMessageCard.Create(author, text, files.LinksFor(h.Id, kept, agent)), ct);
        }
    }

    /// <summary>The agent wrote in his chat (text and files).</summary>
    public async Task FromAgentMessageAsync(HandoffRequest h, PersonRoles agent, Activity message, ConversationReply reply, CancellationToken ct)
    {
        var (kept, refusal) = await files.KeepAsync(h.Id, message, ct);
        if (refusal is not null)
        {
            await reply.SendAsync(HandoffNotices.Notice(HandoffText.Get("FilesRefused", refusal)), ct);
        }

        await FromAgentAsync(h, agent, message.Text ?? "", kept, ct);
    }

    /// <summary>The agent wrote (in his chat or the console): to the requester, and the agent's silence is timed again.</summary>
    public async Task FromAgentAsync(HandoffRequest h, PersonRoles agent, string text, IReadOnlyList<HandoffFile> kept, CancellationToken ct)
    {
        text = text.Trim();
        if (text.Length == 0 && kept.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var author = AgentName(agent.Person);
        await AppendAsync(h, HandoffSide.Agent, author, text, kept, ct);
        await store.TouchAgentAsync(h.Id, now, ct);
        await outbox.AddAsync([outbox.SilenceFrom(h.Id, now)], ct);
        await conversations.SendAsync(h.ChannelId, h.ConversationId, RelayedMessageCard.Create(author, text, files.LinksFor(h.Id, kept, h.RequesterId)), ct);
    }

    /// <summary>What the service told the requester (taken, transferred, ended): in the transcript, for the console and for text channels that read it.</summary>
    public Task NoteAsync(HandoffRequest h, string text, CancellationToken ct) => AppendAsync(h, HandoffSide.Service, HandoffText.Get("SideService"), text, [], ct);

    /// <summary>"Name (position)" as the requester sees the agent.</summary>
    public static string AgentName(Person agent) => agent.Position is { Length: > 0 } p ? $"{agent.FullName} – {p}" : $"{agent.FullName} – {HandoffText.Get("SideAgent")}";

    private async Task AppendAsync(HandoffRequest h, HandoffSide side, string author, string text, IReadOnlyList<HandoffFile> kept, CancellationToken ct)
    {
        await store.AppendAsync(new HandoffMessage
        {
            HandoffId = h.Id, At = clock.GetUtcNow(), Side = side, Author = author, Text = text, Files = HandoffFile.Write(kept),
        }, ct);
        await signals.PublishAsync(new HandoffSignal(h.AgencyId, h.Id), ct);
    }
}
