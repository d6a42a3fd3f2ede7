using System.Text.Json;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Notifications;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// Writes to either side of a hand-off by its stored conversation, on whatever channel it is (channel-agnostic: the
/// channel's capabilities decide). A channel that cannot be written to later (the terminal) reads the transcript instead.
/// </summary>
public sealed class HandoffConversations(
    IConversationReferenceStore references, ConversationReplies replies, CardReplies cards, ConversationCalls calls, ILogger<HandoffConversations> logger)
{
    /// <summary>Sends a card; the channel's id of the message, or null when it could not be sent (logged; the transcript keeps it).</summary>
    public async Task<string?> SendAsync(string? channelId, string? conversationId, Card card, CancellationToken ct)
    {
        if (await ReferenceAsync(channelId, conversationId, ct) is not { } reference)
        {
            return null;
        }

        try
        {
            return await replies.SendToAsync(reference, card, ct);
        }
        // ChannelDeliveryException: a channel's API refused it (Zalo's error codes, its token renewed and tried once already).
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Channels.BotFramework.Connector.ConnectorException or ChannelDeliveryException)
        {
            logger.LogWarning(e, "A hand-off message could not be sent on {ChannelId}.", channelId);
            return null;
        }
    }

    /// <summary>Replaces a message already shown, where the channel can; false otherwise.</summary>
    public async Task<bool> UpdateAsync(string channelId, string conversationId, string activityId, Card card, CancellationToken ct)
    {
        if (!ChannelRegistry.For(channelId).UpdatesInPlace || await ReferenceAsync(channelId, conversationId, ct) is not { } reference)
        {
            return false;
        }

        return await calls.TryAsync(reference, (turn, token) =>
            turn.UpdateActivityAsync(cards.ToActivity(card, ChannelRegistry.For(channelId)) with { Id = activityId }, token), ct) is null;
    }

    /// <summary>The Bot Framework's <c>handoff.status</c> event (accepted, failed, completed) to the requester's conversation, where the channel takes events.</summary>
    public async Task StatusAsync(HandoffRequest h, string state, string? message, CancellationToken ct)
    {
        if (!ChannelRegistry.For(h.ChannelId).Events || await ReferenceAsync(h.ChannelId, h.ConversationId, ct) is not { } reference)
        {
            return;
        }

        var status = new Activity
        {
            Type = ActivityTypes.Event,
            Name = HandoffEvents.Status,
            Value = JsonSerializer.SerializeToElement(new { state, message }),
        };
        if (await calls.TryAsync(reference, (turn, token) => turn.SendActivityAsync(status, token), ct) is { } failure)
        {
            logger.LogInformation("handoff.status {State} was not taken on {ChannelId}: {Detail}", state, h.ChannelId, failure.Detail);
        }
    }

    /// <summary>A person's own conversation on a channel account (never a group chat), to write to him there.</summary>
    public async Task<ConversationReference?> PersonalAsync(string channelId, string accountId, CancellationToken ct) =>
        ChannelRegistry.For(channelId).Proactive
            ? (await references.FindByUserAsync(channelId, accountId, ct)).FirstOrDefault(r => r.Conversation?.IsShared() == false) : null;

    private async Task<ConversationReference?> ReferenceAsync(string? channelId, string? conversationId, CancellationToken ct) =>
        channelId is not null && conversationId is not null && ChannelRegistry.For(channelId).Proactive
            ? await references.FindAsync(channelId, conversationId, ct) : null;
}
