using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// The bot people talk to. For now it knows who is writing and answers with the menu of his
/// jurisdiction's procedures (or explains how to get linked); the conversation flows build on this.
/// </summary>
public sealed class TthcBot(PersonResolver people, IDirectoryStore directory, ProcedureCatalog catalog, CardReplies replies) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var greets = activity.IsType(ActivityTypes.Message)
            || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true);
        if (!greets)
        {
            return;
        }

        var person = await people.ResolveAsync(turnContext, cancellationToken);
        var card = person is null ? UnlinkedCard.Create() : await MenuAsync(person, cancellationToken);
        await turnContext.SendActivityAsync(replies.ToActivity(card, activity.ChannelId), cancellationToken);
    }

    private async Task<Card> MenuAsync(PersonRoles person, CancellationToken cancellationToken)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, cancellationToken);
        var jurisdiction = unit is null ? null : catalog.FindJurisdiction(unit.JurisdictionCode);
        if (unit is null || jurisdiction is null)
        {
            return UnlinkedCard.Create();
        }

        var procedures = catalog.ForJurisdiction(jurisdiction.Code)
            .Where(p => p.Filing.UnitLevels.Count == 0 || p.Filing.UnitLevels.Contains(unit.Level));
        return MenuCard.Create(person.Person.FullName, jurisdiction, procedures);
    }
}
