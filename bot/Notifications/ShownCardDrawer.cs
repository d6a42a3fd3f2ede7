using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Notifications;

/// <summary>A shown card drawn again for the person it was drawn for, under the headline it keeps (<see cref="ShownCaseCard.Headline"/>).</summary>
public sealed class ShownCardDrawer(IDirectoryStore directory, CaseCards caseCards)
{
    /// <summary>The card for its viewer, and whether he may still see the case.</summary>
    public async Task<(Card Card, bool Visible)> DrawAsync(ShownCaseCard card, Case c, CancellationToken ct)
    {
        // Roles change: someone who may no longer see the case keeps no data of it on his screen; nor does a card
        // drawn for nobody in particular (case cards now go only to personal conversations).
        var viewer = card.ViewerId is { } id ? await directory.GetPersonRolesAsync(id, ct) : null;
        ResourceTexts.Use(viewer?.Person.Language);
        return viewer is not null && CaseAccess.CanView(CaseAccess.RolesFor(viewer, c))
            ? (await caseCards.ForViewerAsync(viewer, c, card.Headline, ct), true)
            : (NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseNoLongerVisible"), TextRole.Warning), false);
    }
}
