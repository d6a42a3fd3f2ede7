using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// A shown card drawn again for the person it was drawn for, under the headline it keeps (<see cref="ShownCaseCard.Headline"/>),
/// as the message of its channel that replaces it.
/// </summary>
public sealed class ShownCardDrawer(IDirectoryStore directory, CaseCards caseCards, CardReplies replies)
{
    /// <summary>
    /// The card for its viewer (an old card once superseded), and whether he may still see the case. Texts and the card's
    /// language are the viewer's, whoever changed the case: rendered here, where his language is in force.
    /// </summary>
    public async Task<(Activity Message, bool Visible)> DrawAsync(ShownCaseCard card, Case c, CancellationToken ct)
    {
        var (viewer, visible) = await ReadViewerAsync(card, c, ct);
        ResourceTexts.Use(viewer?.Person.Language);
        var drawn = !visible ? NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.ForCase(c.IsQuestion, "CaseNoLongerVisible"), TextRole.Warning)
            : card.SupersededAt is null ? await caseCards.ForViewerAsync(viewer!, c, card.Headline, ChannelRegistry.For(card.ChannelId), ct)
            : await caseCards.SupersededAsync(viewer!, c, ct);
        return (replies.ToActivity(drawn, ChannelRegistry.For(card.ChannelId)) with { Id = card.ActivityId }, visible);
    }

    /// <summary>
    /// The card's viewer when he may still see the case; null otherwise. The caller puts his language in force: a culture
    /// set inside an awaited method does not flow back out of it.
    /// </summary>
    public async Task<PersonRoles?> ViewerAsync(ShownCaseCard card, Case c, CancellationToken ct) =>
        await ReadViewerAsync(card, c, ct) is (var viewer, true) ? viewer : null;

    private async Task<(PersonRoles? Viewer, bool Visible)> ReadViewerAsync(ShownCaseCard card, Case c, CancellationToken ct)
    {
        // Roles change: someone who may no longer see the case keeps no data of it on his screen; nor does a card
        // drawn for nobody in particular (case cards now go only to personal conversations).
        var viewer = card.ViewerId is { } id ? await directory.GetPersonRolesAsync(id, ct) : null;
        return (viewer, viewer is not null && CaseAccess.CanView(CaseAccess.RolesFor(viewer, c)));
    }
}
