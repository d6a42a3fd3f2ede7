using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>Case buttons: a verb pressed on a case card (take, receive, return the result...), and the views — a case, the queue, my cases.</summary>
public sealed class CaseButtons(CaseActions actions, CaseLookup lookup, CaseQueue queue) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        var reply = turn.Reply;
        if (CaseVerbs.IsCaseVerb(action))
        {
            await actions.OnSubmitAsync(reply, person, action, value, ct);
            return true;
        }

        if (action is not (CardData.ShowCase or CardData.ShowQueue or CardData.ShowMyCases))
        {
            return false;
        }

        if (reply.IsShared)
        {
            await reply.SendAsync(CaseLookup.PrivateOnly(), ct);
            return true;
        }

        var showsCards = turn.Channel.ShowsCards;
        switch (action)
        {
            case CardData.ShowCase when CardData.Text(value, "code") is { } code:
                await reply.SendAsync(await lookup.LookUpAsync(person, code, showsCards, ct), ct);
                return true;
            case CardData.ShowQueue:
                await reply.SendAsync(await queue.ShowAsync(person, new QueueRequest(CardData.Text(value, "filter"), CardData.Text(value, QueueCard.ByProcedure), CaseListPage.SkipOf(value)), showsCards, ct), ct);
                return true;
            case CardData.ShowMyCases:
                await reply.SendAsync(await lookup.MyCasesAsync(person, CaseListPage.SkipOf(value), ct), ct);
                return true;
            default:
                return false; // a case without its code
        }
    }
}
