using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Conversations;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Where a shown case card cannot be edited (Zalo), a change of the case is a new short message instead: what the case
/// became and a button to see it. Not when the viewer made the change himself, nor when a notification of his own tells
/// him of the same event.
/// </summary>
public sealed class CaseChangeMessages(IShownCaseCards shown, IConversationReferenceStore references, ConversationCalls calls, CardReplies replies, IOutboxStore outbox)
{
    /// <summary>Null when told, or when there was nothing to tell; the failure when the channel may take it later.</summary>
    public async Task<ConnectorFailure?> TellAsync(ShownCaseCard card, Case c, Guid? eventId, CancellationToken ct)
    {
        if (c.Version <= card.CaseVersion)
        {
            return null;
        }

        if (await WorthTellingAsync(card, c, eventId, ct) && await references.FindAsync(card.ChannelId, card.ConversationId, ct) is { } reference)
        {
            var code = c.Code ?? "—";
            var notice = NoticeCard.Create(CardText.Get("CaseTitle", null, code), NotificationText.Get("Changed", null, code, CaseTexts.Status(c.Status)), TextRole.Body,
                new CardButton(CardText.Get("ButtonShowCase", null, code), CardData.Action(CardData.ShowCase, ("code", code))));
            if (await calls.TryAsync(reference, (turn, token) => turn.SendActivityAsync(replies.ToActivity(notice, ChannelRegistry.For(reference.ChannelId)), token), ct) is { } failure)
            {
                return failure.Gone ? null : failure;
            }
        }

        await shown.MarkShownAsync(card.Id, c.Version, ct);
        return null;
    }

    private async Task<bool> WorthTellingAsync(ShownCaseCard card, Case c, Guid? eventId, CancellationToken ct) =>
        eventId is { } id && card.ViewerId is { } viewer
        && c.Timeline.FirstOrDefault(e => e.Id == id) is { Action: not CaseAction.Note } e && e.ActorId != viewer
        && await outbox.FindAsync(NotificationPayload.Key($"{id:N}", viewer), ct) is null;
}
